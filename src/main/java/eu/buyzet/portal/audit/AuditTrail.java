package eu.buyzet.portal.audit;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.audit.internal.AuditRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of what was done, by whom and when, for a procurement complaint. The
 * database refuses to change or delete its rows. Features record through {@link #record}; the
 * actor is the signed-in member, or nobody for anonymous or system actions.
 */
@Service
public class AuditTrail {

    private final AuditRepository events;
    private final CurrentUser currentUser;

    AuditTrail(AuditRepository events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Adds an event. It joins the caller's transaction, so an action that rolls back leaves no
     * trace of having happened; an action without a transaction (a download) records in its own.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        PortalUser actor = currentUser.get().orElse(null);
        events.insert(actor == null ? null : actor.memberId().value(), actor == null ? null : actor.displayName(),
                action, subjectType, String.valueOf(subjectId), details);
    }

    /**
     * A download or export: recorded in a transaction of its own, because it happened whatever
     * the caller's transaction does, and reads run in read-only transactions that cannot write.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccess(String action, String subjectType, Object subjectId, Map<String, ?> details) {
        record(action, subjectType, subjectId, details);
    }

    /** The newest events about one subject: the admins' view of its history. */
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> about(String subjectType, Object subjectId, int limit) {
        return events.about(subjectType, String.valueOf(subjectId), limit);
    }

    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    @DisclosureChannel("audit.search-page")
    public java.util.List<AuditEvent> search(AuditFilter filter, eu.buyzet.portal.shared.PageRequest page) {
        return events.search(filter, page.offset(), page.limit());
    }

    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return events.count(filter);
    }

    /**
     * The matching events as CSV (UTF-8 with a byte order mark, so spreadsheets read Norwegian
     * letters; formula-like cells neutralised), newest first. The export is itself recorded, with
     * the filter used. The actor is the pseudonym and, while the member exists, the name; after the
     * account was deleted, "former member #pseudonym" (decision 017).
     */
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    @Transactional
    @DisclosureChannel("audit.csv")
    public void exportCsv(AuditFilter filter, java.io.OutputStream out) throws java.io.IOException {
        record("audit.exported", "audit", "csv", java.util.Map.of("filter", String.valueOf(filter)));
        java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
        try (eu.buyzet.portal.shared.export.CsvWriter csv = eu.buyzet.portal.shared.export.CsvWriter.open(out,
                "occurred_at", "actor", "actor_name", "action", "subject_type", "subject_id", "details")) {
            events.each(filter, e -> csv.row(e.occurredAt().atZone(oslo).toOffsetDateTime(), e.actorPseudonym(),
                    e.byFormerMember() ? FORMER_MEMBER + " #" + e.shortPseudonym() : e.actorName(),
                    e.action(), e.subjectType(), e.subjectId(), e.detailsJson()));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** How the CSV, which has no reader's language, names someone whose account was deleted. */
    static final String FORMER_MEMBER = "former member";

    /** Data exports and account deletions are on the record, like every other act on personal data. */
    @org.springframework.context.event.EventListener
    void personalData(eu.buyzet.portal.security.PersonalDataEvent event) {
        record(event.kind() == eu.buyzet.portal.security.PersonalDataEvent.Kind.EXPORTED ? "personal-data.exported"
                : "personal-data.account-deleted", "member", event.member(), Map.of());
    }

    /** Every sign-in, in either mode, with who signed in; the security context is not set yet here. */
    @org.springframework.context.event.EventListener
    @Transactional
    void signedIn(org.springframework.security.authentication.event.AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof eu.buyzet.portal.security.PortalPrincipal p) {
            PortalUser user = p.portalUser();
            events.insert(user.memberId().value(), user.displayName(), "security.signed-in", "member",
                    String.valueOf(user.memberId().value()), Map.of());
        }
    }

    /**
     * Local sign-in's brute-force protection: a lock beginning ({@code security.sign-in-locked}, on
     * the name typed or on the client's address) and each attempt refused during one
     * ({@code security.sign-in-refused}, whose password was never checked).
     */
    @org.springframework.context.event.EventListener
    @Transactional
    void signInThrottled(eu.buyzet.portal.security.SignInThrottled event) {
        String action = event.kind() == eu.buyzet.portal.security.SignInThrottled.Kind.LOCKED
                ? "security.sign-in-locked" : "security.sign-in-refused";
        events.insert(null, null, action, "sign-in", event.subject(), Map.of("scope", event.scope(),
                "client", String.valueOf(event.client()), "failures", event.failures(),
                "lockedForSeconds", event.lockedFor().toSeconds()));
    }

    /**
     * "Forgot password": each request, with the address typed and what came of it, and each new
     * password set through a link. The link's token is never in the event, so never here.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    void passwordReset(eu.buyzet.portal.security.PasswordResetAudited event) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("outcome", event.outcome());
        if (event.member() != null) {
            details.put("member", event.member());
        }
        if (event.client() != null) {
            details.put("client", event.client());
        }
        events.insert(null, null, event.completed() ? "security.password-reset-completed"
                        : "security.password-reset-requested", event.completed() ? "member" : "password-reset",
                event.subject(), details);
    }

    /** Failed sign-ins, with the name that was tried: a run of them is how an attack shows. */
    @org.springframework.context.event.EventListener
    @Transactional
    void signInFailed(org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent event) {
        events.insert(null, null, "security.sign-in-failed", "sign-in", String.valueOf(event.getAuthentication().getName()),
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }
}
