package eu.buyzet.portal.audit;

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

    /** The newest events about one subject: the admins' view of its history. */
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> about(String subjectType, Object subjectId, int limit) {
        return events.about(subjectType, String.valueOf(subjectId), limit);
    }
}
