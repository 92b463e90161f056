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

    /** At most this many words of a text are matched: a pasted paragraph does not become a long query. */
    public static final int MAX_WORDS = 8;

    /**
     * One "contains" pattern per word of {@code text}, for {@code lower(column) like all(?)}: every
     * word must occur, in any order ("waste collection" and "collection of waste" alike). Words are
     * what whitespace separates; an empty text gives none.
     */
    public static String[] wordPatterns(String text) {
        return words(text).stream().map(SqlText::containsPattern).toArray(String[]::new);
    }

    /** The words of {@code text} (at most {@value #MAX_WORDS}), lower case. */
    public static java.util.List<String> words(String text) {
        return java.util.Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
    }

    /** A case-insensitive "contains" pattern for {@code lower(column) like ?}. */
    public static String containsPattern(String text) {
        return "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
