package eu.buyzet.portal.search.internal;

import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchUnavailableException;
import eu.buyzet.portal.search.SearchUnavailableException.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The way every search reaches the database, so that no search can take the portal down:
 * <ul>
 * <li>a bulkhead: at most {@code max-concurrent} searches hold a connection at once; the others
 *     wait up to {@code max-wait} for a slot and are then told the search is busy, while the rest
 *     of the pool stays free for sign-in, posting and reading;</li>
 * <li>a statement timeout on each of the search's statements: a search that cannot be ranked in
 *     time is cut short and the reader is asked for another word or a filter;</li>
 * <li>custom plans: a search's best plan depends on how common its words are (walk the recency
 *     index for "levering", the GIN index for a rare word), so the generic plan PostgreSQL would
 *     switch to for a prepared statement is refused; except for a list whose one plan serves
 *     every forum, kind and page ({@link SearchRepository#planFitsEveryValue}), which keeps the
 *     generic plan of its prepared statement rather than being planned again for each page;</li>
 * <li>memory for bitmaps: a common word narrowed by a filter is found by intersecting the word's
 *     GIN bitmap (200,000 rows on the million) with the filter's; in the default 4 MB PostgreSQL
 *     rechecks the rows it fetches, reading each one's TOASTed tsvector again, and the search took
 *     100–130 ms instead of 73–88 ms (docs/performance.md, 2026-12-04). It is per sort, hash or
 *     bitmap step of a statement, and at most {@code max-concurrent} searches run at once.</li>
 * </ul>
 * The slot is taken before the read-only transaction (and so before its connection), which is
 * why this is a {@link TransactionTemplate} and not an annotation on the service.
 */
@Component
public class SearchGate {

    /** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";

    private final Semaphore slots;
    private final Duration maxWait;
    private final long timeoutMillis;
    private final long workMemKb;
    private final TransactionTemplate readOnly;
    private final JdbcClient jdbc;
    private final Counter busy;
    private final Counter tooBroad;

    SearchGate(PlatformTransactionManager transactions, JdbcClient jdbc, MeterRegistry meters,
               @Value("${buyzet.search.max-concurrent:4}") int maxConcurrent,
               @Value("${buyzet.search.max-wait:500ms}") Duration maxWait,
               @Value("${buyzet.search.statement-timeout:2s}") Duration statementTimeout,
               @Value("${buyzet.search.work-mem:16MB}") DataSize workMem) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
        this.timeoutMillis = statementTimeout.toMillis();
        this.workMemKb = workMem.toKilobytes();
        // PostgreSQL's own bounds: outside them every search would fail, so the portal refuses to start
        if (workMemKb < 64 || workMemKb > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("buyzet.search.work-mem must be between 64kB and 2047GB, not " + workMem);
        }
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.busy = Counter.builder("buyzet.search.refused").tag("reason", "busy")
                .description("Searches refused because every search slot stayed taken").register(meters);
        this.tooBroad = Counter.builder("buyzet.search.refused").tag("reason", "too-broad")
                .description("Searches cut short by their statement timeout").register(meters);
    }

    /** Runs a search's reads in one read-only transaction, within the bulkhead and the timeout, each statement planned for its values. */
    public <T> T read(Supplier<T> search) {
        return read(false, search);
    }

    /**
     * As {@link #read(Supplier)}, for the reads of this query: a query whose one plan serves every
     * value ({@link SearchRepository#planFitsEveryValue}) keeps its prepared statements' plans.
     */
    public <T> T read(SearchQuery query, Supplier<T> search) {
        return read(SearchRepository.planFitsEveryValue(query), search);
    }

    private <T> T read(boolean genericPlans, Supplier<T> search) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            busy.increment();
            throw new SearchUnavailableException(Reason.BUSY);
        }
        try {
            T result = readOnly.execute(status -> {
                // set_config(..., true) is SET LOCAL: it ends with this transaction, never leaks into the pool.
                // No parallel workers and no JIT: a walk that stops at its window was read ahead by every
                // worker of a Gather Merge (25-30 ms against 5 on the million, decision 058), the slots
                // already bound how many searches share the cores, and compiling a plan costs more than
                // any search that finishes within its timeout.
                jdbc.sql("select set_config('statement_timeout', ?, true), set_config('plan_cache_mode', ?, true),"
                        + " set_config('work_mem', ?, true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)")
                        .params(timeoutMillis + "ms", genericPlans ? "force_generic_plan" : "force_custom_plan",
                                workMemKb + "kB").query().singleRow();
                return search.get();
            });
            if (result == null) {
                throw new IllegalStateException("A search returned nothing, not even an empty list");
            }
            return result;
        } catch (DataAccessException e) {
            if (cancelled(e)) {
                tooBroad.increment();
                throw new SearchUnavailableException(Reason.TOO_BROAD, e);
            }
            throw e;
        } finally {
            slots.release();
        }
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
