package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the member wrote: submissions, comments (with whether they wait for review, and why one was
 * rejected), attachments, interest marks. Only the member's own rows: never who else marked
 * interest in their posts, nor who flagged them (decision 016).
 */
@Component
class SubmissionPersonalData extends RowsExport {

    SubmissionPersonalData(JdbcClient jdbc) {
        super(jdbc, "submissions", Map.of(
                "submissions", """
                        select id, kind, title, summary, body_markdown, status, created_at, published_at, updated_at
                        from submission where author_id = ? order by id""",
                "comments", """
                        select id, submission_id, body, status, review_reason, created_at, edited_at from submission_comment
                        where author_id = ? order by id""",
                "attachments", """
                        select id, submission_id, file_name, uploaded_at from submission_attachment where uploaded_by = ? order by id""",
                "interest", """
                        select submission_id, created_at from submission_interest where member_id = ? order by created_at"""));
    }

    @Override
    @DisclosureChannel("submission.personal-data")
    public Map<String, Object> export(MemberId member) {
        return super.export(member);
    }
}
