package eu.buyzet.portal.submission;

/**
 * draft → published → withdrawn; a post of an organisation not yet verified goes from draft to
 * awaiting review, and a moderator publishes it or sends it back. Hiding by a moderator is separate.
 */
public enum SubmissionStatus {
    DRAFT, AWAITING_REVIEW, PUBLISHED, WITHDRAWN;

    public String messageKey() {
        return "submission.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
