package eu.buyzet.portal.organisation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client (its network address) for sign-up requests: a burst of
 * {@code capacity}, refilled at {@code per-hour}. Every request takes a token, also one the form
 * refuses, because each one costs a password hash. The limit per address (three mails a day)
 * protects the mailbox; this protects the portal from one client trying many addresses.
 */
@Component
class SignUpRateLimit {

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long perHour;

    SignUpRateLimit(@Value("${buyzet.signup.rate-limit.capacity:10}") long capacity,
                    @Value("${buyzet.signup.rate-limit.per-hour:10}") long perHour) {
        this.capacity = capacity;
        this.perHour = perHour;
    }

    /** Takes a token for this client; false when it has none left. */
    boolean tryAcquire(@Nullable String client) {
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
