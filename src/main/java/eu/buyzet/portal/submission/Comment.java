package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.util.List;

/**
 * A comment on a submission, or a reply to one (one level deep: {@code replies} is empty for a
 * reply). For readers who may not see a hidden comment, {@code body} and {@code hiddenReason} are
 * empty and only the fact that a moderator hid it remains, so replies keep their context.
 */
public record Comment(CommentId id, SubmissionId submissionId, CommentId parentId, MemberId authorId,
                      String authorName, OrganisationId organisationId, String organisationName, String body,
                      Instant createdAt, Instant editedAt, boolean hidden, String hiddenReason, int version,
                      List<Comment> replies) {
    public Comment {
        replies = List.copyOf(replies);
    }

    public boolean edited() {
        return editedAt != null;
    }

    Comment withReplies(List<Comment> replies) {
        return new Comment(id, submissionId, parentId, authorId, authorName, organisationId, organisationName, body,
                createdAt, editedAt, hidden, hiddenReason, version, replies);
    }

    Comment redacted() {
        return new Comment(id, submissionId, parentId, authorId, authorName, organisationId, organisationName, "",
                createdAt, editedAt, hidden, "", version, replies);
    }
}
