package eu.buyzet.portal.submission;

/**
 * A submission in a list. With a text search, {@code snippet} is the best-matching passage, with
 * the matched words between the markers {@link #MARK_START} and {@link #MARK_END} (control
 * characters that cannot occur in text, so that a view can escape everything and then mark).
 */
public record SubmissionHit(Submission submission, String snippet, double rank) {
    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";
}
