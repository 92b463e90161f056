package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.shared.ClientBuckets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Forgot password" requests per client. The limit per address (links a member gets an hour)
 * protects a mailbox; this one keeps a single client from trying address after address.
 */
@Component
public class PasswordResetRateLimit {

    private final ClientBuckets buckets;

    PasswordResetRateLimit(@Value("${buyzet.password-reset.rate-limit.capacity:5}") long capacity,
                           @Value("${buyzet.password-reset.rate-limit.per-hour:5}") long perHour) {
        this.buckets = ClientBuckets.perHour(capacity, perHour);
    }

    /** Takes a token for this client; false when it has none left. */
    public boolean tryAcquire(@Nullable String client) {
        return buckets.tryAcquire(client);
    }
}
