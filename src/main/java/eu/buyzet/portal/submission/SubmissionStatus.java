package eu.buyzet.portal.submission;

/** draft → published → withdrawn. Hiding by a moderator is separate and can apply to any of them. */
public enum SubmissionStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public String messageKey() {
        return "submission.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
