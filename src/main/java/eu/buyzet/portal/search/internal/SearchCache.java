package eu.buyzet.portal.search.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SubmissionHit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recent pages of search results and their counts, kept in memory and shared by every reader who
 * would get the same rows: the same query, the same page and the same forums in view (public only,
 * or members' forums too). The reader's own rights are applied after the cache, never inside it.
 * <p>
 * Why: a search for this domain's most common words is the costliest read the portal has, and it
 * is also the one many people (or one flooding client) send at once. Each page is read from the
 * database once, by whoever asks first; everyone asking for it while that read runs waits for the
 * same result instead of taking another connection ("single flight").
 * <p>
 * A page is served again only while nothing it was read from has changed on any node: triggers on
 * those tables draw from the sequence {@code search_generation} (changeset 050), and the number read
 * before the query is part of the key. A write whose trigger fired but which was not yet committed
 * when a page was read can leave that page stale; {@code ttl} bounds how long.
 */
@Component
public class SearchCache {

    /** What is kept: the search page's hits (with footprints), the open API's (without), a count. */
    public enum Use { PAGE, API, COUNT }

    private record Key(Use use, boolean publicOnly, SearchQuery query, int offset, int limit, long generation) {
    }

    private final JdbcClient jdbc;
    private final boolean enabled;
    private final AsyncCache<Key, Object> cache;
    private final Counter fromDatabase;
    private final Counter cached;
    private final Counter waited;

    SearchCache(JdbcClient jdbc, MeterRegistry meters,
                @Value("${buyzet.search.cache.enabled:true}") boolean enabled,
                @Value("${buyzet.search.cache.ttl:10s}") Duration ttl,
                @Value("${buyzet.search.cache.max-characters:4000000}") long maxCharacters) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxCharacters)
                .weigher((Key key, Object value) -> weight(value)).recordStats().buildAsync();
        CaffeineCacheMetrics.monitor(meters, cache, "search");
        this.fromDatabase = reads(meters, "database", "Search pages and counts read from the database");
        this.cached = reads(meters, "cached", "Search pages and counts served as they were read before");
        this.waited = reads(meters, "waited", "Search pages and counts that waited for the same read by another reader");
    }

    private static Counter reads(MeterRegistry meters, String outcome, String description) {
        return Counter.builder("buyzet.search.reads").tag("outcome", outcome).description(description).register(meters);
    }

    /**
     * A page of hits, for readers who may see members' forums ({@code publicOnly} false) or not.
     * Where the read counted the hits too, the count is kept as {@link #count} would keep it, under
     * the same generation: the next count of the query is not read again.
     */
    public List<SubmissionHit> page(Use use, SearchQuery query, boolean publicOnly, int offset, int limit,
                                    Supplier<SearchRepository.Found> read) {
        return get(new Key(use, publicOnly, query, offset, limit, 0), generation -> {
            SearchRepository.Found found = read.get();
            Integer count = found.count();
            if (count != null && enabled) {
                cache.asMap().putIfAbsent(new Key(Use.COUNT, publicOnly, query, 0, 0, generation),
                        CompletableFuture.<Object>completedFuture(count));
            }
            return found.hits();
        });
    }

    public int count(SearchQuery query, boolean publicOnly, Supplier<Integer> read) {
        return get(new Key(Use.COUNT, publicOnly, query, 0, 0, 0), generation -> read.get());
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Key asked, LongFunction<T> read) {
        if (!enabled) {
            return read.apply(0);
        }
        long generation = generation();
        Key key = new Key(asked.use(), asked.publicOnly(), asked.query(), asked.offset(), asked.limit(), generation);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        @Nullable CompletableFuture<Object> first = cache.asMap().putIfAbsent(key, mine);
        if (first != null) {
            (first.isDone() ? cached : waited).increment();
            try {
                return (T) first.join();
            } catch (CompletionException e) {
                // the first reader's refusal (busy, too broad) is every waiting reader's too
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        fromDatabase.increment();
        try {
            T value = read.apply(generation);
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            cache.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The last number drawn by a write to what search reads; no lock, one row. */
    private long generation() {
        return jdbc.sql("select last_value from search_generation").query(Long.class).single();
    }

    private static int weight(Object value) {
        if (value instanceof List<?> hits) {
            int characters = 64;
            for (Object o : hits) {
                if (o instanceof SubmissionHit hit) {
                    String snippet = hit.snippet();
                    characters += 256 + hit.submission().title().length() + hit.submission().summary().length()
                            + hit.submission().bodyMarkdown().length() + (snippet == null ? 0 : snippet.length());
                }
            }
            return characters;
        }
        return 64;
    }
}
