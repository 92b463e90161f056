package eu.buyzet.portal.moderation;

import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.SubmissionId;
import org.jspecify.annotations.Nullable;

/** What is flagged: a submission, or (when {@code comment} is given) one of its comments. */
public record FlagTarget(SubmissionId submission, @Nullable CommentId comment) {
    public static FlagTarget submission(SubmissionId id) {
        return new FlagTarget(id, null);
    }
}
