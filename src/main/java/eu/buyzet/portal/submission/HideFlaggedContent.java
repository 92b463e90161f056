package eu.buyzet.portal.submission;

import org.jspecify.annotations.Nullable;

/**
 * Asks the submission feature to hide a submission (or one of its comments, when {@code comment}
 * is given) that members of enough different organisations flagged. Published by the moderation
 * feature, in its transaction; the content stays hidden until a moderator reviews it.
 */
public record HideFlaggedContent(SubmissionId submission, @Nullable CommentId comment, String reason) {
}
