package eu.buyzet.portal.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection of local sign-in ({@code buyzet.security.login.*}). After
 * {@code accountMaxFailures} failed attempts on one name within {@code window}, that name is
 * locked for {@code lockDuration}; after {@code clientMaxFailures} from one client address, that
 * client is. Before the lock, each failure is answered {@code delayStep} later than the one
 * before it, at most {@code maxDelay}.
 */
@ConfigurationProperties("buyzet.security.login")
record SignInThrottleSettings(
        @DefaultValue("5") int accountMaxFailures,
        @DefaultValue("20") int clientMaxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("500ms") Duration delayStep,
        @DefaultValue("3s") Duration maxDelay) {

    SignInThrottleSettings {
        if (accountMaxFailures < 1 || clientMaxFailures < 1) {
            throw new IllegalArgumentException("buyzet.security.login.*-max-failures must be at least 1");
        }
    }
}
