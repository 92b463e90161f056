package eu.buyzet.portal.security.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client (its network address) for "forgot password" requests. The limit per
 * address (links a member gets an hour) protects a mailbox; this one keeps a single client from
 * trying address after address to learn which are members or to make the portal send mail.
 */
@Component
public class PasswordResetRateLimit {

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long perHour;

    PasswordResetRateLimit(@Value("${buyzet.password-reset.rate-limit.capacity:5}") long capacity,
                           @Value("${buyzet.password-reset.rate-limit.per-hour:5}") long perHour) {
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
