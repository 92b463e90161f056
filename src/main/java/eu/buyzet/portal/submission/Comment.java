package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a submission, or a reply to one (one level deep: {@code replies} is empty for a
 * reply). For readers who may not see a hidden comment, {@code body} and {@code hiddenReason} are
 * empty and only the fact that a moderator hid it remains, so replies keep their context. A
 * comment awaiting review or rejected ({@code status}) exists only for its author and the forum's
 * moderators; {@code reviewReason} is why a moderator rejected it.
 */
public record Comment(CommentId id, SubmissionId submissionId, @Nullable CommentId parentId, MemberId authorId,
                      String authorName, OrganisationId organisationId, String organisationName, String body,
                      Instant createdAt, @Nullable Instant editedAt, boolean hidden, @Nullable String hiddenReason,
                      int version, List<Comment> replies, CommentStatus status, @Nullable String reviewReason) {
    public Comment {
        replies = List.copyOf(replies);
        status = status == null ? CommentStatus.PUBLISHED : status;
    }

    /** A published comment. */
    public Comment(CommentId id, SubmissionId submissionId, @Nullable CommentId parentId, MemberId authorId,
                   String authorName, OrganisationId organisationId, String organisationName, String body,
                   Instant createdAt, @Nullable Instant editedAt, boolean hidden, @Nullable String hiddenReason,
                   int version,
                   List<Comment> replies) {
        this(id, submissionId, parentId, authorId, authorName, organisationId, organisationName, body, createdAt,
                editedAt, hidden, hiddenReason, version, replies, CommentStatus.PUBLISHED, null);
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean published() {
        return status == CommentStatus.PUBLISHED;
    }

    Comment withReplies(List<Comment> replies) {
        return new Comment(id, submissionId, parentId, authorId, authorName, organisationId, organisationName, body,
                createdAt, editedAt, hidden, hiddenReason, version, replies, status, reviewReason);
    }

    /** What a reader who may not read a hidden comment keeps of it: that it was there and who wrote it. */
    Comment redacted() {
        return new Comment(id, submissionId, parentId, authorId, authorName, organisationId, organisationName, "",
                createdAt, editedAt, hidden, "", version, replies, status, "");
    }
}
