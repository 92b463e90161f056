package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentAwaitingReview;
import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.CommentStatus;
import eu.buyzet.portal.submission.SubmissionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comments in SQL. Lists take the reader's scope ({@link Scope}): which unpublished comments
 * (awaiting review, rejected) exist for them; the submission feature's disclosure policy decides it.
 */
@Repository
public class CommentRepository {

    /** Unpublished comments a reader sees: their own ({@code author}), or every one ({@code all}). */
    public record Scope(@Nullable MemberId author, boolean all) {
        public static final Scope PUBLISHED_ONLY = new Scope(null, false);

        long authorId() {
            return author == null ? -1 : author.value();
        }
    }

    private static final String SELECT = """
            select c.id, c.submission_id, c.parent_id, c.author_id, m.display_name, c.organisation_id, o.name,
                   c.body, c.created_at, c.edited_at, c.hidden, c.hidden_reason, c.version, c.status, c.review_reason
            from submission_comment c join member m on m.id = c.author_id join organisation o on o.id = c.organisation_id
            """;
    private static final String IN_SCOPE = " and (c.status = 'PUBLISHED' or c.author_id = ? or ?)";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Comment> findById(CommentId id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(CommentRepository::map).optional();
    }

    /** A page of a submission's top-level comments, oldest first (a conversation reads downwards). */
    public List<Comment> findThreads(SubmissionId submission, Scope scope, PageRequest page) {
        return jdbc.sql(SELECT + " where c.submission_id = ? and c.parent_id is null" + IN_SCOPE
                        + " order by c.created_at, c.id offset ? limit ?")
                .params(submission.value(), scope.authorId(), scope.all(), page.offset(), page.limit())
                .query(CommentRepository::map).list();
    }

    public int countThreads(SubmissionId submission, Scope scope) {
        return jdbc.sql("select count(*) from submission_comment c where c.submission_id = ? and c.parent_id is null"
                        + IN_SCOPE)
                .params(submission.value(), scope.authorId(), scope.all()).query(Integer.class).single();
    }

    public int countAll(SubmissionId submission, Scope scope) {
        return jdbc.sql("select count(*) from submission_comment c where c.submission_id = ?" + IN_SCOPE)
                .params(submission.value(), scope.authorId(), scope.all()).query(Integer.class).single();
    }

    public List<Comment> findReplies(Collection<CommentId> parents, Scope scope) {
        if (parents.isEmpty()) {
            return List.of();
        }
        Long[] ids = parents.stream().map(CommentId::value).toArray(Long[]::new);
        return jdbc.sql(SELECT + " where c.parent_id = any(?)" + IN_SCOPE + " order by c.created_at, c.id")
                .params(ids, scope.authorId(), scope.all())
                .query(CommentRepository::map).list();
    }

    public CommentId insert(SubmissionId submission, @Nullable CommentId parent, String body, MemberId author,
                            OrganisationId organisation, CommentStatus status) {
        return CommentId.of(jdbc.sql("""
                        insert into submission_comment (submission_id, parent_id, body, author_id, organisation_id, status)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(Arrays.asList(submission.value(), parent == null ? null : parent.value(), body, author.value(),
                        organisation.value(), status.name()))
                .query(Long.class).single());
    }

    public boolean updateBody(CommentId id, int version, String body, CommentStatus status) {
        return jdbc.sql("update submission_comment set body = ?, status = ?, edited_at = now(), version = version + 1"
                        + " where id = ? and version = ?")
                .params(body, status.name(), id.value(), version).update() == 1;
    }

    public boolean setHidden(CommentId id, int version, boolean hidden, @Nullable String reason, @Nullable MemberId by) {
        return jdbc.sql("""
                        update submission_comment set hidden = ?, hidden_reason = ?, hidden_by = ?, hidden_at = now(),
                        version = version + 1 where id = ? and version = ?""")
                .params(Arrays.asList(hidden, reason, by == null ? null : by.value(), id.value(), version)).update() == 1;
    }

    /** A moderator's decision on a comment awaiting review. */
    public boolean setStatus(CommentId id, int version, CommentStatus status, @Nullable String reason, MemberId by) {
        return jdbc.sql("""
                        update submission_comment set status = ?, review_reason = ?, reviewed_by = ?, reviewed_at = now(),
                        version = version + 1 where id = ? and version = ?""")
                .params(Arrays.asList(status.name(), reason, by.value(), id.value(), version)).update() == 1;
    }

    private static final String AWAITING = """
              join submission s on s.id = c.submission_id
             where c.status = 'AWAITING_REVIEW' and (cast(? as boolean)
               or s.forum_id in (select forum_id from forum_moderator where member_id = ?))""";

    /** Comments awaiting review in the forums the member moderates (every forum when null), oldest first. */
    public List<CommentAwaitingReview> awaitingReview(@Nullable MemberId moderator, PageRequest page) {
        return jdbc.sql("select s.title as submission_title, " + SELECT.substring("select ".length()) + " " + AWAITING
                        + " order by c.created_at, c.id offset ? limit ?")
                .params(moderator == null, moderator == null ? 0L : moderator.value(), page.offset(), page.limit())
                .query((rs, n) -> new CommentAwaitingReview(map(rs, n), rs.getString("submission_title"))).list();
    }

    public int countAwaitingReview(@Nullable MemberId moderator) {
        return jdbc.sql("select count(*) from submission_comment c " + AWAITING)
                .params(moderator == null, moderator == null ? 0L : moderator.value()).query(Integer.class).single();
    }

    private static Comment map(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Comment(CommentId.of(rs.getLong("id")), SubmissionId.of(rs.getLong("submission_id")),
                parent == null ? null : CommentId.of(parent), MemberId.of(rs.getLong("author_id")),
                rs.getString("display_name"), OrganisationId.of(rs.getLong("organisation_id")), rs.getString("name"),
                rs.getString("body"), rs.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(),
                rs.getBoolean("hidden"), rs.getString("hidden_reason"), rs.getInt("version"), List.of(),
                CommentStatus.valueOf(rs.getString("status")), rs.getString("review_reason"));
    }
}
