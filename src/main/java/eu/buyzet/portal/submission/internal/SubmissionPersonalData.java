package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the member wrote: submissions, comments, attachments, interest marks. */
@Component
class SubmissionPersonalData extends RowsExport {

    SubmissionPersonalData(JdbcClient jdbc) {
        super(jdbc, "submissions", Map.of(
                "submissions", """
                        select id, kind, title, summary, body_markdown, status, created_at, published_at, updated_at
                        from submission where author_id = ? order by id""",
                "comments", """
                        select id, submission_id, body, created_at, edited_at from submission_comment
                        where author_id = ? order by id""",
                "attachments", """
                        select id, submission_id, file_name, uploaded_at from submission_attachment where uploaded_by = ? order by id""",
                "interest", """
                        select submission_id, created_at from submission_interest where member_id = ? order by created_at"""));
    }
}
