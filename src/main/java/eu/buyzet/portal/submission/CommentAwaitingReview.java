package eu.buyzet.portal.submission;

/** A comment waiting for a moderator, with the title of the submission it is on. */
public record CommentAwaitingReview(Comment comment, String submissionTitle) {
}
