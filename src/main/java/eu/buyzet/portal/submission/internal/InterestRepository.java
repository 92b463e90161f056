package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.InterestedOrganisation;
import eu.buyzet.portal.submission.SubmissionId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InterestRepository {

    private final JdbcClient jdbc;

    InterestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks once per organisation: a second click by a colleague changes nothing. */
    public void mark(SubmissionId submission, OrganisationId organisation, MemberId member) {
        jdbc.sql("insert into submission_interest (submission_id, organisation_id, member_id) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(submission.value(), organisation.value(), member.value()).update();
    }

    public void unmark(SubmissionId submission, OrganisationId organisation) {
        jdbc.sql("delete from submission_interest where submission_id = ? and organisation_id = ?")
                .params(submission.value(), organisation.value()).update();
    }

    public boolean isMarked(SubmissionId submission, OrganisationId organisation) {
        return jdbc.sql("select exists (select 1 from submission_interest where submission_id = ? and organisation_id = ?)")
                .params(submission.value(), organisation.value()).query(Boolean.class).single();
    }

    public int count(SubmissionId submission) {
        return jdbc.sql("select count(*) from submission_interest where submission_id = ?")
                .param(submission.value()).query(Integer.class).single();
    }

    public List<InterestedOrganisation> list(SubmissionId submission, PageRequest page) {
        return jdbc.sql("""
                        select i.organisation_id, o.name, m.display_name, i.created_at from submission_interest i
                        join organisation o on o.id = i.organisation_id join member m on m.id = i.member_id
                        where i.submission_id = ? order by i.created_at, i.organisation_id offset ? limit ?""")
                .params(submission.value(), page.offset(), page.limit())
                .query((rs, n) -> new InterestedOrganisation(OrganisationId.of(rs.getLong(1)), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
