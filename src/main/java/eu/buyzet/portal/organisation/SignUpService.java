package eu.buyzet.portal.organisation;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.organisation.internal.MemberRepository;
import eu.buyzet.portal.organisation.internal.OrganisationRepository;
import eu.buyzet.portal.organisation.internal.SignUpRepository;
import eu.buyzet.portal.organisation.internal.SignUpRepository.PendingSignUp;
import eu.buyzet.portal.security.LocalAccountService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.SecretTokens;
import eu.buyzet.portal.shared.ValidationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers sign themselves up (local sign-in only; with Keycloak, people sign up there). The
 * address is confirmed by a link before anything is created; then the organisation exists,
 * pending until a moderator verifies it, and until then its posts wait for a moderator.
 */
@Service
public class SignUpService {

    static final Duration LINK_VALID_FOR = Duration.ofHours(48);
    /** The form sends mail to any address typed into it: no address gets more than this a day. */
    static final int MAILS_PER_ADDRESS_PER_DAY = 3;
    /** The field name of an error about the request as a whole (the per-client limit). */
    public static final String FORM = "form";

    private final SignUpRepository signUps;
    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final LocalAccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final boolean enabled;
    private final SignUpRateLimit rateLimit;

    SignUpService(SignUpRepository signUps, OrganisationRepository organisations, MemberRepository members,
                  LocalAccountService accounts, AuditTrail audit, ApplicationEventPublisher events,
                  SignUpRateLimit rateLimit, @Value("${buyzet.auth.mode:local}") String authMode) {
        this.rateLimit = rateLimit;
        this.signUps = signUps;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.enabled = "local".equals(authMode);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Checks everything at once, keeps the sign-up and mails the link that confirms the address.
     * Whether the address or the organisation is registered already is not said here: the caller
     * gets the same answer as for a new sign-up (and the work done is the same), and the address
     * is mailed why it cannot be used instead of a link. {@code client} is the requester's network
     * address, for the per-client limit.
     */
    @Transactional
    public void request(SignUpForm form, @Nullable String client) {
        requireEnabled();
        if (!rateLimit.tryAcquire(client)) {
            throw ValidationException.of(FORM, "validation.signup.rate-limited");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        OrganisationDetails organisation = null;
        try {
            organisation = OrganisationService.validate(new OrganisationDetails(form.organisationName(),
                    OrganisationKind.SUPPLIER, form.country(), form.orgNumber(), form.vatNumber()));
        } catch (ValidationException e) {
            e.fieldErrors().forEach((field, key) -> errors.put(field.equals("name") ? "organisationName" : field, key));
        }
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty()) {
            errors.put("displayName", "validation.required");
        } else if (name.length() > 200) {
            errors.put("displayName", "validation.too-long");
        }
        String email = form.email() == null ? "" : form.email().strip();
        if (email.isEmpty()) {
            errors.put("email", "validation.required");
        } else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            errors.put("email", "validation.email");
        } else if (signUps.countSince(email, java.time.Instant.now().minus(Duration.ofDays(1))) >= MAILS_PER_ADDRESS_PER_DAY) {
            // every request for the address counts, whether it is a member's or not, so this tells nothing
            errors.put("email", "validation.signup.too-many");
        }
        String passwordHash = null;
        try {
            passwordHash = accounts.hash(form.password());
        } catch (ValidationException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!form.acceptsPrivacyNotice()) {
            errors.put("privacy", "validation.signup.privacy");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        organisation = Objects.requireNonNull(organisation, "an invalid organisation is refused above");
        passwordHash = Objects.requireNonNull(passwordHash, "an unusable password is refused above");
        SignUpNotPossible.Reason refused = signUps.memberExists(email) ? SignUpNotPossible.Reason.ADDRESS_IS_A_MEMBER
                : signUps.organisationExists(organisation.orgNumber(), organisation.vatNumber())
                ? SignUpNotPossible.Reason.ORGANISATION_REGISTERED : null;
        String token = SecretTokens.newToken();
        // a refused request is kept too, already expired and without the password, so it counts
        // towards the address's mails a day and can never be confirmed
        long id = signUps.insert(SecretTokens.hash(token), new PendingSignUp(0, organisation.name(), organisation.country(),
                organisation.orgNumber(), organisation.vatNumber(), name, email, refused == null ? passwordHash : "",
                form.localeTag()), refused == null ? LINK_VALID_FOR : Duration.ZERO);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("email", email);
        details.put("organisation", organisation.name());
        if (refused != null) {
            details.put("refused", refused.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        audit.record("sign-up.requested", "sign-up", id, details);
        if (refused == null) {
            events.publishEvent(new SignUpRequested(id, email, name, form.localeTag(), "sign-up/confirm/" + token));
        } else {
            events.publishEvent(new SignUpNotPossible(id, email, name, form.localeTag(), refused,
                    organisation.orgNumber() != null ? organisation.orgNumber()
                            : Objects.requireNonNull(organisation.vatNumber(), "validated: one of the two")));
        }
    }

    /**
     * The link was followed: the organisation (pending) and the member are created and the
     * moderators asked to verify. Returns the address to sign in with.
     */
    @Transactional
    public String confirm(String token) {
        requireEnabled();
        PendingSignUp s = token == null || token.isBlank() ? null : signUps.lockOpen(SecretTokens.hash(token)).orElse(null);
        if (s == null) {
            throw ValidationException.of("token", "validation.signup.link-invalid");
        }
        if (signUps.memberExists(s.email())) {
            throw ValidationException.of("email", "validation.member.email-taken");
        }
        if (signUps.organisationExists(s.orgNumber(), s.vatNumber())) {
            throw ValidationException.of("orgNumber", "validation.signup.organisation-exists");
        }
        Organisation organisation = organisations.insertPending(new OrganisationDetails(s.organisationName(),
                OrganisationKind.SUPPLIER, s.country(), s.orgNumber(), s.vatNumber()));
        MemberId member = MemberId.of(members.insert(new MemberDetails(s.email(), s.displayName(), organisation.id(),
                Set.of(Role.SUPPLIER), true)));
        members.setLocale(member, s.locale());
        accounts.createAccount(member, s.passwordHash());
        signUps.markConfirmed(s.id());
        audit.record("sign-up.confirmed", "organisation", organisation.id(), Map.of("member", member.value(),
                "email", s.email(), "name", organisation.name()));
        events.publishEvent(new OrganisationAwaitingVerification(organisation.id(), organisation.name()));
        return s.email();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new org.springframework.security.access.AccessDeniedException("Sign-up is done in Keycloak");
        }
    }
}
