package eu.buyzet.portal.audit;

import java.time.Instant;

/** One row of the audit trail; {@code detailsJson} is the event's before/after or context as JSON. */
public record AuditEvent(long id, Instant occurredAt, Long actorId, String actorName, String action,
                         String subjectType, String subjectId, String detailsJson) {
}
