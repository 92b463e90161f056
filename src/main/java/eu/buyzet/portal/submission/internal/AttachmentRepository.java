package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.submission.Attachment;
import eu.buyzet.portal.submission.AttachmentId;
import eu.buyzet.portal.submission.AttachmentType;
import eu.buyzet.portal.submission.SubmissionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachment content lives in PostgreSQL in 1 MiB chunks: written and read one chunk at a time. */
@Repository
public class AttachmentRepository {

    static final int CHUNK = 1024 * 1024;
    private static final String SELECT = """
            select a.id, a.submission_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.confidential,
                   m.display_name, a.uploaded_at
            from submission_attachment a join member m on m.id = a.uploaded_by""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AttachmentRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Attachment> findById(AttachmentId id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id.value()).query(AttachmentRepository::map).optional();
    }

    public List<Attachment> findBySubmission(SubmissionId submission) {
        return jdbc.sql(SELECT + " where a.submission_id = ? order by a.id").param(submission.value())
                .query(AttachmentRepository::map).list();
    }

    public AttachmentId insert(SubmissionId submission, String fileName, AttachmentType type, long size, String sha256,
                               boolean confidential, MemberId by, InputStream content) throws IOException {
        long id = jdbc.sql("""
                        insert into submission_attachment (submission_id, file_name, media_type, size_bytes, sha256,
                        confidential, uploaded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(submission.value(), fileName, type.mediaType(), size, sha256, confidential, by.value())
                .query(Long.class).single();
        int seq = 0;
        for (byte[] chunk = content.readNBytes(CHUNK); chunk.length > 0; chunk = content.readNBytes(CHUNK)) {
            jdbc.sql("insert into submission_attachment_chunk (attachment_id, seq, data) values (?, ?, ?)")
                    .params(id, seq++, chunk).update();
        }
        return AttachmentId.of(id);
    }

    public void delete(AttachmentId id) {
        jdbc.sql("delete from submission_attachment where id = ?").param(id.value()).update();
    }

    /** Writes the content chunk by chunk; call inside a transaction so the cursor fetches lazily. */
    public void copyContent(AttachmentId id, OutputStream out) {
        template.query(con -> {
            var statement = con.prepareStatement(
                    "select data from submission_attachment_chunk where attachment_id = ? order by seq");
            statement.setFetchSize(1);
            statement.setLong(1, id.value());
            return statement;
        }, rs -> {
            try {
                out.write(rs.getBytes(1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(AttachmentId.of(rs.getLong("id")), SubmissionId.of(rs.getLong("submission_id")),
                rs.getString("file_name"), AttachmentType.ofMediaType(rs.getString("media_type")).orElseThrow(),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("confidential"),
                rs.getString("display_name"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
