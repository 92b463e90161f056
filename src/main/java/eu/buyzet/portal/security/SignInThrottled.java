package eu.buyzet.portal.security;

import java.time.Duration;

/**
 * Local sign-in's brute-force protection acted; the audit trail records it.
 *
 * @param kind     {@link Kind#LOCKED} when a lock begins, {@link Kind#REFUSED} for an attempt
 *                 refused during one (its password was not checked)
 * @param scope    {@code account} (the name typed, whether or not such an account exists) or
 *                 {@code client} (the client's address)
 * @param subject  the name typed, lower-cased, or the client's key (its address; an IPv6 one's /64)
 * @param client   the client's address
 * @param failures failed attempts in the window when the lock began (0 for a refusal)
 * @param lockedFor how long the lock lasts from now
 */
public record SignInThrottled(Kind kind, String scope, String subject, String client, int failures,
                              Duration lockedFor) {

    public enum Kind { LOCKED, REFUSED }
}
