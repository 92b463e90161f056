package eu.buyzet.portal.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client address (Bucket4j): a burst of {@code capacity}, refilled at
 * {@code perMinute}. The rate limits of the open API and of new sessions use it.
 */
public final class ClientBuckets {

    /** A crude bound on memory: beyond it everyone is forgotten rather than the map growing without limit. */
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long perMinute;

    public ClientBuckets(long capacity, long perMinute) {
        this.capacity = capacity;
        this.perMinute = perMinute;
    }

    /** Takes one token of the client's bucket; the probe tells whether it was there and when the next one comes. */
    public ConsumptionProbe take(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }

    /** Whole seconds, at least one, until the refused client has a token again: for Retry-After. */
    public static long retryAfterSeconds(ConsumptionProbe refused) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(refused.getNanosToWaitForRefill()));
    }
}
