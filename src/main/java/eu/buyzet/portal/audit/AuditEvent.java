package eu.buyzet.portal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail; {@code detailsJson} is the event's before/after or context as JSON.
 * The actor is a pseudonym (decision 017): {@code actorName} is the member's name while the account
 * exists, and {@code null} once it is deleted, when only the pseudonym is left. No pseudonym: an
 * anonymous or system action.
 */
public record AuditEvent(long id, Instant occurredAt, @Nullable String actorPseudonym, @Nullable String actorName,
                         String action, String subjectType, String subjectId, String detailsJson) {

    /** Done by nobody signed in: the portal itself, or an anonymous visitor. */
    public boolean bySystem() {
        return actorPseudonym == null;
    }

    /** Done by someone whose account has since been deleted: the actions stay, the name is gone. */
    public boolean byFormerMember() {
        return actorPseudonym != null && actorName == null;
    }

    /** The pseudonym as people read it: its first eight characters, e.g. {@code 3f9a1c2b}. */
    public @Nullable String shortPseudonym() {
        return actorPseudonym == null ? null : actorPseudonym.substring(0, Math.min(8, actorPseudonym.length()));
    }
}
