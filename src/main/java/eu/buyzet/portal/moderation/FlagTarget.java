package eu.buyzet.portal.moderation;

import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.SubmissionId;

/** What is flagged: a submission, or (when {@code comment} is given) one of its comments. */
public record FlagTarget(SubmissionId submission, CommentId comment) {
    public static FlagTarget submission(SubmissionId id) {
        return new FlagTarget(id, null);
    }
}
