package eu.buyzet.portal.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The years a date a user gives may fall in. A date picker accepts year 1 and year 9999 alike, and a
 * typed 2062 for 2026 decides which rules of the Clean Vehicles Directive a contract is judged by, so
 * every date that decides something is held to the years it can sensibly be in.
 *
 * @param first the earliest year accepted
 * @param last the latest year accepted
 */
public record YearSpan(int first, int last) {

    /** From {@code first} to {@code yearsAhead} years after this one. */
    public static YearSpan until(int first, int yearsAhead) {
        return new YearSpan(first, LocalDate.now().getYear() + yearsAhead);
    }

    /** From this year to {@code yearsAhead} years after it. */
    public static YearSpan ahead(int yearsAhead) {
        int now = LocalDate.now().getYear();
        return new YearSpan(now, now + yearsAhead);
    }

    public boolean contains(LocalDate date) {
        return date.getYear() >= first && date.getYear() <= last;
    }

    /** Puts the field's refusal, naming both years, where a date is given outside the span. */
    public void check(@Nullable LocalDate date, String field, Map<String, String> errors,
                      Map<String, List<Object>> arguments) {
        if (date != null && !contains(date)) {
            errors.put(field, "validation.date.years");
            arguments.put(field, List.of(first, last));
        }
    }

    /** As {@link #check}, on its own: for a service with no other field to check. */
    public void require(@Nullable LocalDate date, String field) {
        Map<String, String> errors = new java.util.HashMap<>();
        Map<String, List<Object>> arguments = new java.util.HashMap<>();
        check(date, field, errors, arguments);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, arguments);
        }
    }
}
