package eu.buyzet.portal.forum;

public record ForumId(long value) {
    public static ForumId of(long value) {
        return new ForumId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
