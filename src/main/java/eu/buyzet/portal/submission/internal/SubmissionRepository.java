package eu.buyzet.portal.submission.internal;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.PublishingOrganisation;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionFilter;
import eu.buyzet.portal.submission.SubmissionHit;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Submissions in SQL. Lists read the forum's visibility and the author's and organisation's names
 * in the same query (a read model over tables the forum and organisation features own; they are
 * never written from here).
 */
@Repository
public class SubmissionRepository {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String QUERY = "(websearch_to_tsquery('norwegian', ?) || websearch_to_tsquery('english', ?))";
    private static final String COLUMNS = """
            s.id, s.forum_id, s.kind, s.title, s.summary, s.body_markdown, s.status, s.hidden, s.hidden_reason,
            s.author_id, m.display_name as author_name, s.organisation_id, o.name as organisation_name,
            s.created_at, s.published_at, s.updated_at, s.version,
            coalesce((select array_agg(c.cpv_code order by c.position) from submission_cpv c
                      where c.submission_id = s.id), '{}') as cpv_codes""";
    private static final String FROM = " from submission s join forum f on f.id = s.forum_id"
            + " join member m on m.id = s.author_id join organisation o on o.id = s.organisation_id";

    /**
     * The newest declared footprint per submission: a read model the footprint feature keeps
     * ({@code footprint_latest}), joined here for sorting and filtering, never written.
     */
    private static final String FOOTPRINT_JOIN = " left join footprint_latest fl on fl.submission_id = s.id";

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Submission> findById(SubmissionId id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.id = ?").param(id.value())
                .query(SubmissionRepository::map).optional();
    }

    /**
     * A text search ranks the {@value #SEARCH_WINDOW} newest matches by relevance. Ranking every
     * match of a very common word would read hundreds of thousands of large tsvectors; the newest
     * matches are found by walking the recency index instead, and rare words through the GIN
     * index. Paging therefore ends after {@value #SEARCH_WINDOW} hits.
     */
    public static final int SEARCH_WINDOW = 1000;

    /** Counts stop here: nobody pages through more, and counting a million rows costs ~100 ms. */
    public static final int COUNT_CAP = 10_000;

    /** Published, not hidden submissions; with text, ranked by relevance and with a snippet. */
    public List<SubmissionHit> findPublished(SubmissionFilter filter, boolean publicForumsOnly, PageRequest page) {
        Where where = where(filter, publicForumsOnly);
        // the footprint is joined only to sort by it; otherwise the page's 50 rows get theirs afterwards,
        // so that ranking a search's 1,000 candidates does not probe the footprint table 1,000 times
        boolean byFootprint = filter.sort() == SubmissionFilter.Sort.FOOTPRINT;
        String footprintJoin = byFootprint ? FOOTPRINT_JOIN : "";
        String footprintColumn = byFootprint ? "fl.co2e_wtw_kg" : "cast(null as numeric) as co2e_wtw_kg";
        List<Object> params = new ArrayList<>();
        String sql;
        if (filter.hasText()) {
            sql = "with candidates as (select s.id from submission s join forum f on f.id = s.forum_id" + where.sql
                    + " order by s.published_at desc, s.id desc limit " + SEARCH_WINDOW + ")"
                    + " select " + COLUMNS + ", " + footprintColumn + ", ts_rank_cd(s.search, " + QUERY + ") as rank,"
                    + " ts_headline('norwegian', s.title || '. ' || s.summary || ' ' || s.body_markdown, " + QUERY
                    + ", 'StartSel=" + SubmissionHit.MARK_START + ", StopSel=" + SubmissionHit.MARK_END
                    + ", MaxWords=30, MinWords=12, MaxFragments=2') as snippet"
                    + FROM + " join candidates c on c.id = s.id" + footprintJoin
                    + (filter.sort() == SubmissionFilter.Sort.FOOTPRINT ? " order by fl.co2e_wtw_kg desc nulls last,"
                    : " order by") + " rank desc, s.published_at desc, s.id desc offset ? limit ?";
            params.addAll(where.params);
            params.addAll(List.of(filter.text(), filter.text(), filter.text(), filter.text()));
        } else {
            sql = "select " + COLUMNS + ", 0 as rank, s.summary as snippet, " + footprintColumn + FROM + footprintJoin
                    + where.sql + (filter.sort() == SubmissionFilter.Sort.FOOTPRINT
                    ? " order by fl.co2e_wtw_kg desc nulls last, s.published_at desc, s.id desc offset ? limit ?"
                    : " order by s.published_at desc, s.id desc offset ? limit ?");
            params.addAll(where.params);
        }
        params.add(page.offset());
        params.add(page.limit());
        List<SubmissionHit> hits = jdbc.sql(sql).params(params)
                .query((rs, n) -> new SubmissionHit(map(rs, n), rs.getString("snippet"), rs.getDouble("rank"),
                        rs.getObject("co2e_wtw_kg") == null ? null : rs.getDouble("co2e_wtw_kg"))).list();
        return byFootprint ? hits : withFootprints(hits);
    }

    private List<SubmissionHit> withFootprints(List<SubmissionHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Long[] ids = hits.stream().map(h -> h.submission().id().value()).toArray(Long[]::new);
        java.util.Map<Long, Double> co2e = new java.util.HashMap<>();
        jdbc.sql("select submission_id, co2e_wtw_kg from footprint_latest where submission_id = any(?)").param(ids)
                .query(rs -> {
                    co2e.put(rs.getLong(1), rs.getDouble(2));
                });
        return hits.stream().map(h -> new SubmissionHit(h.submission(), h.snippet(), h.rank(),
                co2e.get(h.submission().id().value()))).toList();
    }

    /** The number of hits, at most {@value #COUNT_CAP}, and for a text search at most {@value #SEARCH_WINDOW}. */
    public int countPublished(SubmissionFilter filter, boolean publicForumsOnly) {
        Where where = where(filter, publicForumsOnly);
        int cap = filter.hasText() ? SEARCH_WINDOW : COUNT_CAP;
        return jdbc.sql("select count(*) from (select 1 from submission s join forum f on f.id = s.forum_id" + where.sql
                        + " order by s.published_at desc, s.id desc limit " + cap + ") capped")
                .params(where.params).query(Integer.class).single();
    }

    /** An organisation's own submissions in one state or (null) every state, newest change first. */
    public List<Submission> findByOrganisation(OrganisationId organisation, SubmissionStatus status, PageRequest page) {
        String state = status == null ? null : status.name();
        return jdbc.sql("select " + COLUMNS + FROM + " where s.organisation_id = ?"
                        + " and (cast(? as text) is null or s.status = ?) order by s.updated_at desc, s.id desc offset ? limit ?")
                .params(organisation.value(), state, state, page.offset(), page.limit())
                .query(SubmissionRepository::map).list();
    }

    public int countByOrganisation(OrganisationId organisation, SubmissionStatus status) {
        String state = status == null ? null : status.name();
        return jdbc.sql("select count(*) from submission where organisation_id = ? and (cast(? as text) is null or status = ?)")
                .params(organisation.value(), state, state).query(Integer.class).single();
    }

    /** Organisations with at least one published, visible submission, by name. */
    public List<PublishingOrganisation> publishingOrganisations(boolean publicForumsOnly) {
        return jdbc.sql("""
                        select o.id, o.name from organisation o where exists (select 1 from submission s
                        join forum f on f.id = s.forum_id where s.organisation_id = o.id and s.status = 'PUBLISHED'
                        and not s.hidden and (not ? or f.visibility = 'PUBLIC')) order by o.name limit 1000""")
                .param(publicForumsOnly)
                .query((rs, n) -> new PublishingOrganisation(OrganisationId.of(rs.getLong(1)), rs.getString(2))).list();
    }

    public SubmissionId insert(SubmissionDraft d, List<CpvCode> cpv, MemberId author, OrganisationId organisation) {
        long id = jdbc.sql("""
                        insert into submission (forum_id, kind, title, summary, body_markdown, author_id, organisation_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.forumId().value(), d.kind().name(), d.title(), d.summary(), d.bodyMarkdown(), author.value(),
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
    public List<Submission> awaitingReview(MemberId moderator, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + FROM + """
                         where s.status = 'AWAITING_REVIEW' and (cast(:all as boolean)
                           or s.forum_id in (select forum_id from forum_moderator where member_id = :moderator))
                        order by s.updated_at, s.id limit :limit offset :offset""")
                .param("all", moderator == null).param("moderator", moderator == null ? 0L : moderator.value())
                .param("limit", page.limit()).param("offset", page.offset())
                .query(SubmissionRepository::map).list();
    }

    public int countAwaitingReview(MemberId moderator) {
        return jdbc.sql("""
                        select count(*) from submission s where s.status = 'AWAITING_REVIEW' and (cast(:all as boolean)
                          or s.forum_id in (select forum_id from forum_moderator where member_id = :moderator))""")
                .param("all", moderator == null).param("moderator", moderator == null ? 0L : moderator.value())
                .query(Integer.class).single();
    }

    public boolean setHidden(SubmissionId id, int version, boolean hidden, String reason, MemberId by) {
        return jdbc.sql("""
                        update submission set hidden = ?, hidden_reason = ?, hidden_by = ?, hidden_at = case when ? then now() end,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(hidden, reason, by == null ? null : by.value(), hidden, id.value(), version).update() == 1;
    }

    private void replaceCpv(SubmissionId id, List<CpvCode> cpv) {
        jdbc.sql("delete from submission_cpv where submission_id = ?").param(id.value()).update();
        for (int i = 0; i < cpv.size(); i++) {
            jdbc.sql("insert into submission_cpv (submission_id, cpv_code, position) values (?, ?, ?)")
                    .params(id.value(), cpv.get(i).value(), i + 1).update();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
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
                rs.getString("organisation_name"), instant(rs, "created_at"), instant(rs, "published_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    private record Where(String sql, List<Object> params) {
    }

    /** Whether the published submission is one the filter finds: the search's own conditions, on one row. */
    public boolean matches(SubmissionFilter filter, boolean publicForumsOnly, SubmissionId id) {
        Where where = where(filter, publicForumsOnly);
        List<Object> params = new ArrayList<>(where.params);
        params.add(id.value());
        return jdbc.sql("select exists (select 1 from submission s join forum f on f.id = s.forum_id" + where.sql
                        + " and s.id = ?)")
                .params(params).query(Boolean.class).single();
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

    private static Where where(SubmissionFilter filter, boolean publicForumsOnly) {
        List<String> conditions = new ArrayList<>(List.of("s.status = 'PUBLISHED'", "not s.hidden"));
        List<Object> params = new ArrayList<>();
        if (publicForumsOnly) {
            conditions.add("f.visibility = 'PUBLIC'");
        }
        if (filter.forumId() != null) {
            conditions.add("s.forum_id = ?");
            params.add(filter.forumId().value());
        }
        if (filter.kind() != null) {
            conditions.add("s.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.cpv() != null) {
            conditions.add("exists (select 1 from submission_cpv c where c.submission_id = s.id and c.cpv_code = ?)");
            params.add(filter.cpv().value());
        }
        if (filter.organisationId() != null) {
            conditions.add("s.organisation_id = ?");
            params.add(filter.organisationId().value());
        }
        if (filter.publishedFrom() != null) {
            conditions.add("s.published_at >= ?");
            params.add(Timestamp.from(filter.publishedFrom().atStartOfDay(OSLO).toInstant()));
        }
        if (filter.publishedTo() != null) {
            conditions.add("s.published_at < ?");
            params.add(Timestamp.from(filter.publishedTo().plusDays(1).atStartOfDay(OSLO).toInstant()));
        }
        if (filter.minCo2eKg() != null) {
            conditions.add("exists (select 1 from footprint_latest m where m.submission_id = s.id and m.co2e_wtw_kg >= ?)");
            params.add(filter.minCo2eKg());
        }
        if (filter.hasText()) {
            conditions.add("s.search @@ " + QUERY);
            params.add(filter.text());
            params.add(filter.text());
        }
        return new Where(" where " + String.join(" and ", conditions), params);
    }
}
