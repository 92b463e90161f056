package eu.buyzet.portal.submission.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions' bodies as sanitised HTML, kept once rendered (schema 064). */
@Repository
public class BodyHtmlRepository {

    /** A body's HTML and what it was rendered from. */
    public record Stored(int renderer, UUID sourceMd5, String html) {
    }

    /** A body rendered now, to keep. */
    public record Rendered(long submissionId, int renderer, UUID sourceMd5, String html) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BodyHtmlRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What is kept for these submissions, by id; the caller checks that it is current. */
    public Map<Long, Stored> find(Collection<Long> submissions) {
        Map<Long, Stored> found = new HashMap<>();
        jdbc.sql("select submission_id, renderer, source_md5, html from submission_body_html where submission_id = any(?)")
                .param(submissions.toArray(Long[]::new))
                .query(rs -> {
                    found.put(rs.getLong(1), new Stored(rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4)));
                });
        return found;
    }

    /**
     * Keeps the bodies, each only while the submission still has the body it was rendered from: a
     * body edited since it was read is left for the next read to render.
     */
    public void keep(List<Rendered> rendered) {
        batch.batchUpdate("""
                        insert into submission_body_html (submission_id, renderer, source_md5, html)
                        select s.id, ?, ?, ? from submission s where s.id = ? and md5(s.body_markdown)::uuid = ?
                        on conflict (submission_id) do update
                            set renderer = excluded.renderer, source_md5 = excluded.source_md5, html = excluded.html""",
                rendered.stream().map(r -> new Object[] {r.renderer(), r.sourceMd5(), r.html(), r.submissionId(),
                        r.sourceMd5()}).toList());
    }
}
