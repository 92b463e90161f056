package eu.buyzet.portal.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A token bucket per client (its network address): a burst of {@code capacity}, refilled at
 * {@code perHour}. Forms that cost the portal work or mail (sign-up, forgotten password) take a
 * token for every request.
 */
public final class ClientBuckets {

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long perHour;

    public ClientBuckets(long capacity, long perHour) {
        this.capacity = capacity;
        this.perHour = perHour;
    }

    /** Takes a token for this client; false when it has none left. */
    public boolean tryAcquire(@Nullable String client) {
        if (buckets.size() > MAX_CLIENTS) {
            // a crude bound on memory: forget everyone rather than grow without limit
            buckets.clear();
        }
        String key = client == null || client.isBlank() ? "unknown" : client;
        return buckets.computeIfAbsent(key, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build()).tryConsume(1);
    }
}
