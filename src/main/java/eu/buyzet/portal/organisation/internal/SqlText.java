package eu.buyzet.portal.organisation.internal;

final class SqlText {
    private SqlText() {
    }

    /** Makes user input literal inside a LIKE pattern (PostgreSQL's default escape is backslash). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
