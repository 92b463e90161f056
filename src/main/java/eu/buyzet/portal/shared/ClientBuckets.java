package eu.buyzet.portal.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A token bucket per client (its network address, Bucket4j): a burst of {@code capacity},
 * refilled at {@code refill} tokens a {@code period}. The open API's rate limit, new sessions,
 * sign-up and forgotten-password forms each take a token per request.
 */
public final class ClientBuckets {

    /** A crude bound on memory: beyond it everyone is forgotten rather than the map growing without limit. */
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long refill;
    private final Duration period;

    private ClientBuckets(long capacity, long refill, Duration period) {
        this.capacity = capacity;
        this.refill = refill;
        this.period = period;
    }

    public static ClientBuckets perMinute(long capacity, long perMinute) {
        return new ClientBuckets(capacity, perMinute, Duration.ofMinutes(1));
    }

    public static ClientBuckets perHour(long capacity, long perHour) {
        return new ClientBuckets(capacity, perHour, Duration.ofHours(1));
    }

    /** Takes one token of the client's bucket; the probe tells whether it was there and when the next one comes. */
    public ConsumptionProbe take(@Nullable String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        String key = client == null || client.isBlank() ? "unknown" : client;
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }

    /** Takes a token for this client; false when it has none left. */
    public boolean tryAcquire(@Nullable String client) {
        return take(client).isConsumed();
    }

    /** Whole seconds, at least one, until the refused client has a token again: for Retry-After. */
    public static long retryAfterSeconds(ConsumptionProbe refused) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(refused.getNanosToWaitForRefill()));
    }
}
