package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.ClientBuckets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-up requests per client (its network address): a burst of {@code capacity}, refilled at
 * {@code per-hour}. Every request takes a token, also one the form refuses, because each one
 * costs a password hash. The limit per address (three mails a day) protects the mailbox; this
 * protects the portal from one client trying many addresses.
 */
@Component
class SignUpRateLimit {

    private final ClientBuckets buckets;

    SignUpRateLimit(@Value("${buyzet.signup.rate-limit.capacity:10}") long capacity,
                    @Value("${buyzet.signup.rate-limit.per-hour:10}") long perHour) {
        this.buckets = ClientBuckets.perHour(capacity, perHour);
    }

    /** Takes a token for this client; false when it has none left. */
    boolean tryAcquire(@Nullable String client) {
        return buckets.tryAcquire(client);
    }
}
