package eu.buyzet.portal.shared;

import java.util.Locale;

/** Helpers for SQL built from user input. */
public final class SqlText {
    private SqlText() {
    }

    /** Makes user input literal inside a LIKE pattern (PostgreSQL's default escape is backslash). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A case-insensitive "contains" pattern for {@code lower(column) like ?}. */
    public static String containsPattern(String text) {
        return "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
