package eu.buyzet.portal.search;

import eu.buyzet.portal.submission.SubmissionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a list of submissions, newest first, left off: the last row's publication time and id.
 * The next page starts after it by the index's own order, so a client walking a million rows pays
 * the same for its thousandth page as for its first, and rows published meanwhile neither repeat
 * nor shift the pages. Opaque to clients: URL-safe Base64 of {@code epochMicros:id}.
 */
public record ListCursor(Instant publishedAt, SubmissionId id) {

    /** The end of year 9999 in microseconds since 1970: later than any publication time. */
    private static final long LATEST_MICROS = 253_402_300_799_999_999L;

    public String encode() {
        long micros = publishedAt.getEpochSecond() * 1_000_000L + publishedAt.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id.value()).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or empty when it is not one this portal made. */
    public static Optional<ListCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2) {
                return Optional.empty();
            }
            long micros = Long.parseLong(parts[0]);
            long id = Long.parseLong(parts[1]);
            // a time no row of this portal has, and one the database cannot compare with (year -292,000)
            if (id <= 0 || micros < 0 || micros > LATEST_MICROS) {
                return Optional.empty();
            }
            return Optional.of(new ListCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), SubmissionId.of(id)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
