package eu.buyzet.portal.submission;

public record CommentId(long value) {
    public static CommentId of(long value) {
        return new CommentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
