package eu.buyzet.portal.audit;

import java.time.LocalDate;

/**
 * What an admin looks for in the trail; every part is optional. {@code action} matches the start
 * of the action ("market-dialogue." finds all dialogue actions), {@code actor} a part of the name.
 * Dates are whole days in Oslo time, both included.
 */
public record AuditFilter(String action, String actor, String subjectType, String subjectId, LocalDate from,
                          LocalDate to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);
}
