package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.MemberId;

/** Someone joined the conversation on a submission. */
public record CommentAdded(SubmissionId submission, CommentId comment, String submissionTitle, MemberId author) {
}
