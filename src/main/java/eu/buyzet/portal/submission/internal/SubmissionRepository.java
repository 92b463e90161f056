package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Submissions in SQL. Rows carry the author's and organisation's names, read in the same query
 * from tables the organisation feature owns (never written from here); searching is the search
 * feature's.
 */
@Repository
public class SubmissionRepository {

    private static final String COLUMNS = """
            s.id, s.forum_id, s.kind, s.title, s.summary, s.body_markdown, s.status, s.hidden, s.hidden_reason,
            s.author_id, m.display_name as author_name, s.organisation_id, o.name as organisation_name,
            s.created_at, s.published_at, s.updated_at, s.version,
            coalesce((select array_agg(c.cpv_code order by c.position) from submission_cpv c
                      where c.submission_id = s.id), '{}') as cpv_codes""";
    private static final String FROM = " from submission s join forum f on f.id = s.forum_id"
            + " join member m on m.id = s.author_id join organisation o on o.id = s.organisation_id";

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Submission> findById(SubmissionId id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.id = ?").param(id.value())
                .query(SubmissionRepository::map).optional();
    }

    public List<Submission> findByIds(Collection<SubmissionId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + FROM + " where s.id = any(?)")
                .param(ids.stream().map(SubmissionId::value).toArray(Long[]::new))
                .query(SubmissionRepository::map).list();
    }

    /** A forum's published, not hidden submissions of one kind, newest first: the needs a proposal may gather. */
    public List<Submission> findPublished(ForumId forum, SubmissionKind kind, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.forum_id = ? and s.kind = ? and s.status = 'PUBLISHED'"
                        + " and not s.hidden order by s.published_at desc, s.id desc offset ? limit ?")
                .params(forum.value(), kind.name(), page.offset(), page.limit())
                .query(SubmissionRepository::map).list();
    }

    /** An organisation's own submissions in one state or (null) every state, newest change first. */
    public List<Submission> findByOrganisation(OrganisationId organisation, @Nullable SubmissionStatus status,
                                               PageRequest page) {
        String state = status == null ? null : status.name();
        return jdbc.sql("select " + COLUMNS + FROM + " where s.organisation_id = ?"
                        + " and (cast(? as text) is null or s.status = ?) order by s.updated_at desc, s.id desc offset ? limit ?")
                .params(Arrays.asList(organisation.value(), state, state, page.offset(), page.limit()))
                .query(SubmissionRepository::map).list();
    }

    public int countByOrganisation(OrganisationId organisation, @Nullable SubmissionStatus status) {
        String state = status == null ? null : status.name();
        return jdbc.sql("select count(*) from submission where organisation_id = ? and (cast(? as text) is null or status = ?)")
                .params(Arrays.asList(organisation.value(), state, state)).query(Integer.class).single();
    }

    public SubmissionId insert(SubmissionDraft d, List<CpvCode> cpv, MemberId author, OrganisationId organisation) {
        long id = jdbc.sql("""
                        insert into submission (forum_id, kind, title, summary, body_markdown, author_id, organisation_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Objects.requireNonNull(d.forumId(), "the service refuses a draft without a forum").value(),
                        d.kind().name(), d.title(), d.summary(), d.bodyMarkdown(), author.value(),
                        organisation.value())
                .query(Long.class).single();
        replaceCpv(SubmissionId.of(id), cpv);
        return SubmissionId.of(id);
    }

    public boolean update(SubmissionId id, int version, SubmissionDraft d, List<CpvCode> cpv) {
        boolean updated = jdbc.sql("""
                        update submission set title = ?, summary = ?, body_markdown = ?, updated_at = now(),
                               version = version + 1
                        where id = ? and version = ?""")
                .params(d.title(), d.summary(), d.bodyMarkdown(), id.value(), version).update() == 1;
        if (updated) {
            replaceCpv(id, cpv);
        }
        return updated;
    }

    public boolean setStatus(SubmissionId id, int version, SubmissionStatus status) {
        return jdbc.sql("""
                        update submission set status = ?, updated_at = now(), version = version + 1,
                               published_at = case when ? = 'PUBLISHED' then coalesce(published_at, now()) else published_at end
                        where id = ? and version = ?""")
                .params(status.name(), status.name(), id.value(), version).update() == 1;
    }

    /** Posts awaiting review in the forums the member moderates (every forum when null), oldest first. */
    public List<Submission> awaitingReview(@Nullable MemberId moderator, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + FROM + """
                         where s.status = 'AWAITING_REVIEW' and (cast(:all as boolean)
                           or s.forum_id in (select forum_id from forum_moderator where member_id = :moderator))
                        order by s.updated_at, s.id limit :limit offset :offset""")
                .param("all", moderator == null).param("moderator", moderator == null ? 0L : moderator.value())
                .param("limit", page.limit()).param("offset", page.offset())
                .query(SubmissionRepository::map).list();
    }

    public int countAwaitingReview(@Nullable MemberId moderator) {
        return jdbc.sql("""
                        select count(*) from submission s where s.status = 'AWAITING_REVIEW' and (cast(:all as boolean)
                          or s.forum_id in (select forum_id from forum_moderator where member_id = :moderator))""")
                .param("all", moderator == null).param("moderator", moderator == null ? 0L : moderator.value())
                .query(Integer.class).single();
    }

    public boolean setHidden(SubmissionId id, int version, boolean hidden, @Nullable String reason,
                             @Nullable MemberId by) {
        return jdbc.sql("""
                        update submission set hidden = ?, hidden_reason = ?, hidden_by = ?, hidden_at = case when ? then now() end,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(Arrays.asList(hidden, reason, by == null ? null : by.value(), hidden, id.value(), version)).update() == 1;
    }

    /**
     * Each code row copies its submission's publication date, forum and kind in a trigger (schemas 060
     * and 063) that reads the submission without locking it; callers replace the codes after writing the submission row in
     * the same transaction, which locks it, so that a concurrent publish cannot slip in between.
     */
    private void replaceCpv(SubmissionId id, List<CpvCode> cpv) {
        jdbc.sql("delete from submission_cpv where submission_id = ?").param(id.value()).update();
        for (int i = 0; i < cpv.size(); i++) {
            jdbc.sql("insert into submission_cpv (submission_id, cpv_code, position) values (?, ?, ?)")
                    .params(id.value(), cpv.get(i).value(), i + 1).update();
        }
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        List<CpvCode> cpv = Arrays.stream((String[]) rs.getArray("cpv_codes").getArray()).map(CpvCode::new).toList();
        return new Submission(SubmissionId.of(rs.getLong("id")), ForumId.of(rs.getLong("forum_id")),
                SubmissionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_markdown"), cpv, SubmissionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("hidden"), rs.getString("hidden_reason"), MemberId.of(rs.getLong("author_id")),
                rs.getString("author_name"), OrganisationId.of(rs.getLong("organisation_id")),
                rs.getString("organisation_name"), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "published_at"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    /** The needs a proposal gathers, in the order they were linked. */
    public List<SubmissionId> linkedNeeds(SubmissionId proposal) {
        return jdbc.sql("select need_id from proposal_need where proposal_id = ? order by linked_at, need_id")
                .param(proposal.value()).query((rs, n) -> SubmissionId.of(rs.getLong(1))).list();
    }

    /** Replaces the proposal's needs; links that stay keep their date. */
    public void replaceLinkedNeeds(SubmissionId proposal, List<SubmissionId> needs, MemberId by) {
        Long[] ids = needs.stream().map(SubmissionId::value).toArray(Long[]::new);
        jdbc.sql("delete from proposal_need where proposal_id = ? and not (need_id = any (?))")
                .params(proposal.value(), ids).update();
        jdbc.sql("""
                        insert into proposal_need (proposal_id, need_id, linked_by)
                        select ?, n, ? from unnest(?::bigint[]) n on conflict do nothing""")
                .params(proposal.value(), by.value(), ids).update();
    }

    /** Records the need a solution answers, as it is created. */
    public void setAnswersNeed(SubmissionId solution, SubmissionId need) {
        jdbc.sql("update submission set answers_need_id = ? where id = ?").params(need.value(), solution.value()).update();
    }

    /** The need a solution answers, if any. */
    public Optional<SubmissionId> answersNeed(SubmissionId solution) {
        return jdbc.sql("select answers_need_id from submission where id = ? and answers_need_id is not null")
                .param(solution.value()).query((rs, n) -> SubmissionId.of(rs.getLong(1))).optional();
    }

    /** For each of these solutions that answers a need, that need. */
    public Map<SubmissionId, SubmissionId> answersNeeds(List<SubmissionId> solutions) {
        Long[] ids = solutions.stream().map(SubmissionId::value).toArray(Long[]::new);
        Map<SubmissionId, SubmissionId> needs = new HashMap<>();
        jdbc.sql("select id, answers_need_id from submission where id = any (?) and answers_need_id is not null")
                .param(ids).query((rs, n) -> needs.put(SubmissionId.of(rs.getLong(1)), SubmissionId.of(rs.getLong(2))))
                .list();
        return needs;
    }

    /** The solutions that answer a need, in every state: the service filters what a reader sees. Oldest first. */
    public List<Submission> answering(SubmissionId need) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.answers_need_id = ? order by s.created_at, s.id limit 200")
                .param(need.value()).query(SubmissionRepository::map).list();
    }
}
