package eu.buyzet.portal.organisation;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.organisation.internal.MemberRepository;
import eu.buyzet.portal.organisation.internal.OrganisationRepository;
import eu.buyzet.portal.organisation.internal.SignUpRepository;
import eu.buyzet.portal.organisation.internal.SignUpRepository.PendingSignUp;
import eu.buyzet.portal.security.LocalAccountService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

    private final SignUpRepository signUps;
    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final LocalAccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final boolean enabled;
    private final SecureRandom random = new SecureRandom();

    SignUpService(SignUpRepository signUps, OrganisationRepository organisations, MemberRepository members,
                  LocalAccountService accounts, AuditTrail audit, ApplicationEventPublisher events,
                  @Value("${buyzet.auth.mode:local}") String authMode) {
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

    /** Checks everything at once, keeps the sign-up and mails the link that confirms the address. */
    @Transactional
    public void request(SignUpForm form) {
        requireEnabled();
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
        } else if (signUps.memberExists(email)) {
            errors.put("email", "validation.member.email-taken");
        } else if (signUps.countSince(email, java.time.Instant.now().minus(Duration.ofDays(1))) >= MAILS_PER_ADDRESS_PER_DAY) {
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
        if (organisation != null && signUps.organisationExists(organisation.orgNumber(), organisation.vatNumber())) {
            errors.put(organisation.orgNumber() != null ? "orgNumber" : "vatNumber", "validation.signup.organisation-exists");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String token = newToken();
        long id = signUps.insert(hash(token), new PendingSignUp(0, organisation.name(), organisation.country(),
                organisation.orgNumber(), organisation.vatNumber(), name, email, passwordHash, form.localeTag()),
                LINK_VALID_FOR);
        audit.record("sign-up.requested", "sign-up", id, Map.of("email", email, "organisation", organisation.name()));
        events.publishEvent(new SignUpRequested(id, email, name, form.localeTag(), "sign-up/confirm/" + token));
    }

    /**
     * The link was followed: the organisation (pending) and the member are created and the
     * moderators asked to verify. Returns the address to sign in with.
     */
    @Transactional
    public String confirm(String token) {
        requireEnabled();
        PendingSignUp s = token == null || token.isBlank() ? null : signUps.lockOpen(hash(token)).orElse(null);
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

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
