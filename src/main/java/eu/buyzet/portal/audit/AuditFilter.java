package eu.buyzet.portal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an admin looks for in the trail; every part is optional. {@code action} matches the start
 * of the action ("market-dialogue." finds all dialogue actions), {@code actor} a part of the name.
 * Dates are whole days in Oslo time, both included.
 */
public record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subjectType,
                          @Nullable String subjectId, @Nullable LocalDate from, @Nullable LocalDate to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);
}
