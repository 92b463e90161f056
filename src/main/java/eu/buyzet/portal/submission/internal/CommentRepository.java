package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.SubmissionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {

    private static final String SELECT = """
            select c.id, c.submission_id, c.parent_id, c.author_id, m.display_name, c.organisation_id, o.name,
                   c.body, c.created_at, c.edited_at, c.hidden, c.hidden_reason, c.version
            from submission_comment c join member m on m.id = c.author_id join organisation o on o.id = c.organisation_id
            """;

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Comment> findById(CommentId id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(CommentRepository::map).optional();
    }

    /** A page of a submission's top-level comments, oldest first (a conversation reads downwards). */
    public List<Comment> findThreads(SubmissionId submission, PageRequest page) {
        return jdbc.sql(SELECT + " where c.submission_id = ? and c.parent_id is null order by c.created_at, c.id"
                        + " offset ? limit ?")
                .params(submission.value(), page.offset(), page.limit()).query(CommentRepository::map).list();
    }

    public int countThreads(SubmissionId submission) {
        return jdbc.sql("select count(*) from submission_comment where submission_id = ? and parent_id is null")
                .param(submission.value()).query(Integer.class).single();
    }

    public int countAll(SubmissionId submission) {
        return jdbc.sql("select count(*) from submission_comment where submission_id = ?")
                .param(submission.value()).query(Integer.class).single();
    }

    public List<Comment> findReplies(Collection<CommentId> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        Long[] ids = parents.stream().map(CommentId::value).toArray(Long[]::new);
        return jdbc.sql(SELECT + " where c.parent_id = any(?) order by c.created_at, c.id").param(ids)
                .query(CommentRepository::map).list();
    }

    public CommentId insert(SubmissionId submission, CommentId parent, String body, MemberId author,
                            OrganisationId organisation) {
        return CommentId.of(jdbc.sql("""
                        insert into submission_comment (submission_id, parent_id, body, author_id, organisation_id)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(submission.value(), parent == null ? null : parent.value(), body, author.value(),
                        organisation.value())
                .query(Long.class).single());
    }

    public boolean updateBody(CommentId id, int version, String body) {
        return jdbc.sql("update submission_comment set body = ?, edited_at = now(), version = version + 1"
                        + " where id = ? and version = ?")
                .params(body, id.value(), version).update() == 1;
    }

    public boolean setHidden(CommentId id, int version, boolean hidden, String reason, MemberId by) {
        return jdbc.sql("""
                        update submission_comment set hidden = ?, hidden_reason = ?, hidden_by = ?, hidden_at = now(),
                        version = version + 1 where id = ? and version = ?""")
                .params(hidden, reason, by == null ? null : by.value(), id.value(), version).update() == 1;
    }

    private static Comment map(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Comment(CommentId.of(rs.getLong("id")), SubmissionId.of(rs.getLong("submission_id")),
                parent == null ? null : CommentId.of(parent), MemberId.of(rs.getLong("author_id")),
                rs.getString("display_name"), OrganisationId.of(rs.getLong("organisation_id")), rs.getString("name"),
                rs.getString("body"), rs.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(),
                rs.getBoolean("hidden"), rs.getString("hidden_reason"), rs.getInt("version"), List.of());
    }
}
