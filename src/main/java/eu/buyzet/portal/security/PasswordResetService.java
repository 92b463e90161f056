package eu.buyzet.portal.security;

import eu.buyzet.portal.security.internal.LocalAccountRepository;
import eu.buyzet.portal.security.internal.PasswordResetRateLimit;
import eu.buyzet.portal.security.internal.PasswordResetRepository;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.SecretTokens;
import eu.buyzet.portal.shared.ValidationException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" for local accounts (in Keycloak mode, Keycloak has its own). A request always
 * gets the same answer, whether or not the address is a member's; only the owner of a local
 * account's address gets a mail, with a link that works once, for {@link #LINK_VALID_FOR}. The
 * token is 256 random bits and only its SHA-256 hash is stored; setting a password through a link
 * ends every other link of the member. Requests and completions go to the audit trail, never the token.
 */
@Service
public class PasswordResetService {

    public static final Duration LINK_VALID_FOR = Duration.ofMinutes(30);
    /** No address gets more links than this an hour, from however many clients. */
    static final int LINKS_PER_ADDRESS_PER_HOUR = 3;
    /** The field name of an error about the request as a whole (the per-client limit). */
    public static final String FORM = "form";

    private final PortalUserDirectory directory;
    private final LocalAccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordResetRateLimit rateLimit;
    private final LocalAccountService passwords;
    private final ApplicationEventPublisher events;
    private final boolean enabled;

    PasswordResetService(PortalUserDirectory directory, LocalAccountRepository accounts,
                         PasswordResetRepository resets, PasswordResetRateLimit rateLimit,
                         LocalAccountService passwords, ApplicationEventPublisher events,
                         @Value("${buyzet.auth.mode:local}") String authMode) {
        this.directory = directory;
        this.accounts = accounts;
        this.resets = resets;
        this.rateLimit = rateLimit;
        this.passwords = passwords;
        this.events = events;
        this.enabled = "local".equals(authMode);
    }

    /** False in Keycloak mode: passwords are Keycloak's, and so is resetting them. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Mails a reset link if the address is an active member's local account. Says nothing about
     * whether it is: the caller shows the same words whatever happened. Refused only when this
     * client asked too often, which is the same for every address.
     */
    @Transactional
    public void request(@Nullable String email, @Nullable String client, @Nullable String localeTag) {
        requireEnabled();
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw ValidationException.of("email", "validation.required");
        }
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw ValidationException.of("email", "validation.email");
        }
        if (!rateLimit.tryAcquire(client)) {
            throw ValidationException.of(FORM, "validation.password-reset.rate-limited");
        }
        String subject = address.toLowerCase(Locale.ROOT);
        Optional<PortalUser> member = directory.findActiveByEmail(address)
                .filter(u -> accounts.findHash(u.memberId().value()).isPresent());
        if (member.isEmpty()) {
            events.publishEvent(new PasswordResetAudited(false, subject, null, "no-local-account", client));
            return;
        }
        PortalUser user = member.get();
        if (resets.countSince(user.memberId(), Duration.ofHours(1)) >= LINKS_PER_ADDRESS_PER_HOUR) {
            events.publishEvent(new PasswordResetAudited(false, subject, user.memberId().value(), "address-limit", client));
            return;
        }
        String token = SecretTokens.newToken();
        long id = resets.insert(user.memberId(), SecretTokens.hash(token), LINK_VALID_FOR);
        events.publishEvent(new PasswordResetAudited(false, subject, user.memberId().value(), "mailed", client));
        String locale = user.preferredLocale() == null || user.preferredLocale().isBlank()
                ? (localeTag == null ? "nb" : localeTag) : user.preferredLocale();
        events.publishEvent(new PasswordResetRequested(id, user.email(), user.displayName(), locale,
                "reset-password/" + token, (int) LINK_VALID_FOR.toMinutes()));
    }

    /**
     * Whether the link can still be used, so that its page asks for a password only then. Reads
     * without using it up.
     */
    @Transactional(readOnly = true)
    public boolean linkUsable(@Nullable String token) {
        requireEnabled();
        return token != null && !token.isBlank() && resets.findOpen(SecretTokens.hash(token)).isPresent();
    }

    /**
     * Sets the new password through a link, which is then used up with every other link of the
     * member. A password the rules refuse leaves the link usable, so the person can try again.
     */
    @Transactional
    public void reset(@Nullable String token, @Nullable String newPassword) {
        requireEnabled();
        MemberId member = token == null || token.isBlank() ? null : resets.lockOpen(SecretTokens.hash(token)).orElse(null);
        if (member == null || accounts.findHash(member.value()).isEmpty()) {
            throw ValidationException.of("token", "validation.password-reset.link-invalid");
        }
        String passwordHash = passwords.hash(newPassword == null ? "" : newPassword);
        accounts.upsert(member, passwordHash);
        resets.useAll(member);
        events.publishEvent(new PasswordResetAudited(true, Long.toString(member.value()), member.value(),
                "password-set", null));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new AccessDeniedException("Passwords are reset in Keycloak");
        }
    }
}
