package eu.buyzet.portal.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.search.ListCursor;
import eu.buyzet.portal.search.PublishingOrganisation;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.SqlText;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search's read model in SQL. It reads tables other features write and never writes them:
 * {@code submission}, {@code submission_cpv} (submission), {@code forum} (its visibility),
 * {@code member} and {@code organisation} (the author's and organisation's names), and
 * {@code footprint_latest} (the newest declared footprint, kept by footprint). A list over a
 * million submissions cannot afford a call per row to each of those features.
 */
@Repository
public class SearchRepository {

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
     * A text search ranks the {@value #SEARCH_WINDOW} newest matches by relevance. Ranking every
     * match of a very common word would read hundreds of thousands of large tsvectors; the newest
     * matches are found by walking the recency index instead, and rare words through the GIN
     * index. Paging therefore ends after {@value #SEARCH_WINDOW} hits.
     */
    public static final int SEARCH_WINDOW = 1000;

    /**
     * A text search narrowed by a forum, kind, CPV code, organisation, date or threshold ranks its
     * {@value #NARROWED_WINDOW} newest matches. The walk that finds a common word's newest matches
     * tests every row the filter keeps, each test decompressing a search vector, and a narrow filter
     * keeps few: a fifth of the window is a fifth of the walk (decisions 047 and 057).
     */
    public static final int NARROWED_WINDOW = 200;

    /** How many of a text search's newest matches are ranked, and so the most it pages through and counts. */
    public static int window(SearchQuery query) {
        return query.narrowed() ? NARROWED_WINDOW : SEARCH_WINDOW;
    }

    /** Counts stop here: nobody pages through more, and counting a million rows costs ~100 ms. */
    public static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /**
     * Whether a text is {@linkplain #common(String) common}, as decided a little while ago: the two
     * {@code explain}s that decide it cost about 0.5 ms of a filtered search's 8 ms of database CPU
     * (decision 059), and the statistics they read change when autovacuum analyses the table, not
     * from one search to the next. Either answer finds the same rows ({@code SearchRepositoryPlansIT}).
     */
    private final Cache<String, Boolean> commonTexts = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    SearchRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Published, not hidden submissions; with text, ranked by relevance (the snippet is
     * {@link #headlines}'s, for the page's rows only). The
     * footprint is read only to sort by it (then the hits carry it); otherwise the hits carry none
     * and {@link #footprints} reads a page's at once, so that ranking a search's 1,000 candidates
     * does not probe the footprint table 1,000 times.
     */
    public List<SubmissionHit> findPublished(SearchQuery query, boolean publicForumsOnly, PageRequest page) {
        return findPublished(query, publicForumsOnly, page, null);
    }

    /**
     * As {@link #findPublished(SearchQuery, boolean, PageRequest)}; with {@code after}, the rows
     * after that cursor in the newest-first order (lists without text in the default order only).
     */
    public List<SubmissionHit> findPublished(SearchQuery query, boolean publicForumsOnly, PageRequest page,
                                             @Nullable ListCursor after) {
        return find(query, publicForumsOnly, page, after).hits();
    }

    /**
     * A page of hits and, for a text search whose page is not empty, the number of hits (at most
     * the query's {@link #window}: {@value #SEARCH_WINDOW}, or {@value #NARROWED_WINDOW} when a
     * filter narrows it) counted from the same candidates in the same statement: a rare word's
     * or a filtered search's matches are then found once per page, not a second time to count them.
     */
    public Found findCounted(SearchQuery query, boolean publicForumsOnly, PageRequest page) {
        return find(query, publicForumsOnly, page, null);
    }

    /** Hits, and the number of all hits where the statement that found them counted it too (null otherwise). */
    public record Found(List<SubmissionHit> hits, @Nullable Integer count) {
    }

    private Found find(SearchQuery query, boolean publicForumsOnly, PageRequest page, @Nullable ListCursor after) {
        return find(query, publicForumsOnly, page, after, plan(query));
    }

    /** As {@link #find(SearchQuery, boolean, PageRequest, ListCursor)}, by the given plan. */
    Found find(SearchQuery query, boolean publicForumsOnly, PageRequest page, @Nullable ListCursor after, Plan plan) {
        Statement statement = statement(query, publicForumsOnly, page, after, plan);
        Integer[] total = {null};
        List<SubmissionHit> hits = jdbc.sql(statement.sql()).params(statement.params()).query((rs, n) -> {
            if (rs.getObject("total") != null) {
                total[0] = rs.getInt("total");
            }
            return new SubmissionHit(map(rs), rs.getString("snippet"), rs.getDouble("rank"),
                    rs.getObject("co2e_wtw_kg") == null ? null : rs.getDouble("co2e_wtw_kg"));
        }).list();
        if (query.text() != null && hits.isEmpty() && page.offset() == 0 && page.limit() > 0) {
            // no row carried the count because there were no candidates: none, not unknown, so that
            // the count asked next does not walk the same rows again to find nothing
            return new Found(hits, 0);
        }
        return new Found(hits, total[0]);
    }

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> params) {
    }

    /**
     * The statement {@link #find(SearchQuery, boolean, PageRequest, ListCursor, Plan)} sends. The page's
     * size is written into it, not bound: a plan kept for every value of a prepared statement
     * ({@link #planFitsEveryValue}) then expects the page's rows, not a tenth of the table (PostgreSQL's
     * guess for a bound limit), and joins the names to twenty rows rather than hashing every member's.
     */
    Statement statement(SearchQuery query, boolean publicForumsOnly, PageRequest page, @Nullable ListCursor after,
                        Plan plan) {
        if (after != null && (query.text() != null || query.sort() == SearchQuery.Sort.FOOTPRINT)) {
            throw new IllegalArgumentException("A cursor pages lists without text in the default order only");
        }
        boolean byFootprint = query.sort() == SearchQuery.Sort.FOOTPRINT;
        String co2e = byFootprint ? "fl.co2e_wtw_kg" : "cast(null as numeric)";
        String byCo2e = byFootprint ? "co2e desc nulls last, " : "";
        List<Object> params;
        // First the page's ids (ranked, sorted, offset), then the columns of those rows only: the
        // names, CPV codes and texts of rows that are skipped or not shown are never read.
        String pageOfIds;
        if (query.text() != null) {
            Source source = source(query, publicForumsOnly, plan);
            params = new ArrayList<>(source.params());
            pageOfIds = "with candidates as materialized (" + source.newest(window(query)) + "),"
                    + " page as (select c.id, c.published_at, ts_rank_cd(c.search, " + QUERY + ") as rank, "
                    + co2e + " as co2e, (select count(*) from candidates) as total from candidates c"
                    + (byFootprint ? " left join footprint_latest fl on fl.submission_id = c.id" : "")
                    + " order by " + byCo2e + "rank desc, c.published_at desc, c.id desc"
                    + " offset ? limit " + page.limit() + ")";
            params.addAll(List.of(query.text(), query.text()));
        } else {
            Where where = where(query, publicForumsOnly);
            if (after != null) {
                where = new Where(where.sql + " and (s.published_at, s.id) < (?, ?)", new ArrayList<>(where.params));
                where.params.add(Timestamp.from(after.publishedAt()));
                where.params.add(after.id().value());
            }
            params = new ArrayList<>(where.params);
            pageOfIds = byFootprint ? byFootprintPage(where, page, params) : "with page as (select s.id, s.published_at,"
                    + " 0 as rank, cast(null as numeric) as co2e from submission s join forum f on f.id = s.forum_id"
                    + where.sql + " order by s.published_at desc, s.id desc offset ? limit " + page.limit() + ")";
        }
        params.add(page.offset());
        String sql = pageOfIds + " select " + COLUMNS + ", p.co2e as co2e_wtw_kg, p.rank, "
                + (query.text() != null ? "cast(null as text)" : "s.summary") + " as snippet, "
                + (query.text() != null ? "p.total" : "cast(null as bigint) as total")
                + FROM + " join page p on p.id = s.id"
                + " order by " + (byFootprint ? "p.co2e desc nulls last, " : "")
                + "p.rank desc, p.published_at desc, p.id desc";
        return new Statement(sql, params);
    }

    /**
     * Largest footprint first, then the rest newest first. One ordered scan of submissions
     * left-joined to footprints would sort the whole table for every page; instead each part walks
     * its own index (footprints by size, submissions by date) no further than the page. Adds the
     * second part's parameters to {@code params}.
     */
    private static String byFootprintPage(Where where, PageRequest page, List<Object> params) {
        long reach = (long) page.offset() + page.limit();
        params.addAll(where.params);
        return "with declared as (select s.id, s.published_at, fl.co2e_wtw_kg as co2e from footprint_latest fl"
                + " join submission s on s.id = fl.submission_id join forum f on f.id = s.forum_id" + where.sql
                + " order by fl.co2e_wtw_kg desc, s.published_at desc, s.id desc limit " + reach + "),"
                + " undeclared as (select s.id, s.published_at, cast(null as numeric) as co2e from submission s"
                + " join forum f on f.id = s.forum_id" + where.sql
                + " and not exists (select 1 from footprint_latest x where x.submission_id = s.id)"
                + " order by s.published_at desc, s.id desc limit " + reach + "),"
                + " page as (select id, published_at, 0 as rank, co2e from (select *, 0 as part from declared"
                + " union all select *, 1 as part from undeclared) parts"
                + " order by part, co2e desc, published_at desc, id desc offset ? limit " + page.limit() + ")";
    }

    /**
     * Whether a text search narrowed to a CPV code walks the code's submissions newest first rather
     * than all submissions: whenever its text is {@linkplain #common common}.
     *
     * <p>Why: walking all submissions tests the code on every row, and a code on 1 % of them times a
     * word on 20 % means 500 rows walked per match. The code's own rows, in date order, reach the
     * window after about five rows per match, and with a forum or a kind too they are walked only in
     * that forum or of that kind ({@code submission_cpv}'s copies of date, forum and kind, schema 060
     * and 063). Even a code on a tenth of the submissions is walked in a tenth of the rows the walk
     * of all would test (decision 058). A rare word keeps its GIN index, which is faster still. Both
     * ways find the same rows in the same order ({@code SearchRepositoryPlansIT}); only the time differs.
     */
    boolean startsFromCode(SearchQuery query) {
        return plan(query).fromCode();
    }

    /** How a search finds its rows: walking a date-ordered index and testing the text, and from its CPV code's submissions. */
    record Plan(boolean walk, boolean fromCode) {
    }

    private Plan plan(SearchQuery query) {
        String text = query.text();
        boolean walk = text != null && commonTexts.get(text, this::common);
        return new Plan(walk, walk && query.cpv() != null);
    }

    /**
     * Whether one plan serves every value of a query's statements, so that PostgreSQL may keep a
     * prepared statement's plan instead of planning each page again: a list without text, code,
     * organisation, dates or threshold, in the default order, whatever its forum or kind. Each
     * walks one date-ordered index (all submissions', a forum's, a kind's, or a forum's of a kind)
     * no further than its page, whichever forum or kind it is. Planning it again for each page was
     * about a third of a forum page's database CPU on the million (0.8 of 2.2 ms, decision 059).
     * Any other query's best plan depends on its values (how common its words, how many
     * submissions its code or organisation has, how wide its dates): it is planned for them.
     */
    public static boolean planFitsEveryValue(SearchQuery query) {
        return query.text() == null && query.cpv() == null && query.organisationId() == null
                && query.publishedFrom() == null && query.publishedTo() == null && query.minCo2eKg() == null
                && query.sort() == SearchQuery.Sort.DEFAULT;
    }

    /**
     * Whether PostgreSQL expects {@code text} to match at least {@value #COMMON_SHARE} of submissions
     * and at least {@value #COMMON_MATCHES} of them ({@link #common(Estimate)}). A common text is
     * tested row by row along a date-ordered index ({@link Source#newest}); a rarer one is found
     * through its GIN index.
     */
    boolean common(String text) {
        return common(estimate(text));
    }

    /**
     * A text's GIN bitmap costs in proportion to its matches, a walk in proportion to the rows per
     * match: walk a text on many rows that is also frequent among them. On a small table both are
     * cheap, and its statistics too coarse to tell (one estimated row of eight is an eighth).
     */
    static boolean common(Estimate estimate) {
        return estimate.matches() >= COMMON_MATCHES && estimate.matches() >= COMMON_SHARE * estimate.all();
    }

    /** The planner's estimates of a text's matches among submissions and of all submissions. */
    record Estimate(double matches, double all) {
    }

    /**
     * The planner's own estimates, from two {@code explain}s (plans, nothing run; well under a
     * millisecond each): they weigh the text's operators as the search will (every word, "or", a
     * phrase, a "-word"), from the search column's statistics, and are as fresh as they are. Each is
     * its plan's top row count, which is the whole statement's also when the plan is parallel.
     */
    Estimate estimate(String text) {
        return new Estimate(planRows("select from submission s where s.search @@ " + QUERY, text, text),
                planRows("select from submission"));
    }

    private double planRows(String select, Object... params) {
        String plan = jdbc.sql("explain (format json) " + select).params(params).query(String.class).single();
        JsonNode rows = json.readTree(plan).path(0).path("Plan").path("Plan Rows");
        if (!rows.isNumber()) {
            throw new IllegalStateException("No row estimate in PostgreSQL's plan of " + select + ": " + plan);
        }
        return rows.asDouble();
    }

    /** A text at least this share of submissions match is tested row by row along a date-ordered index; a rarer one is found through its GIN index. */
    static final double COMMON_SHARE = 0.05;
    /** Fewer matches than this make a GIN bitmap of a few milliseconds at most: no walk pays then. */
    static final int COMMON_MATCHES = 10_000;

    /**
     * The best-matching passage of each text, with the matched words between
     * {@link SubmissionHit#MARK_START} and {@link SubmissionHit#MARK_END}: one query for a page's
     * hits, so that only the rows shown are highlighted, and over the plain text a reader sees
     * rather than the Markdown source.
     */
    public List<String> headlines(List<String> texts, String text) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select ts_headline('norwegian', t, " + QUERY + ", 'StartSel=" + SubmissionHit.MARK_START
                        + ", StopSel=" + SubmissionHit.MARK_END + ", MaxWords=30, MinWords=12, MaxFragments=2')"
                        + " from unnest(?) with ordinality as u(t, n) order by n")
                .params(text, text, texts.toArray(String[]::new)).query((rs, n) -> rs.getString(1)).list();
    }

    /** The newest declared footprint's yearly kg CO2e of each of these submissions that has one: one query. */
    public Map<SubmissionId, Double> footprints(List<SubmissionId> submissions) {
        Map<SubmissionId, Double> co2e = new HashMap<>();
        if (submissions.isEmpty()) {
            return co2e;
        }
        Long[] ids = submissions.stream().map(SubmissionId::value).toArray(Long[]::new);
        jdbc.sql("select submission_id, co2e_wtw_kg from footprint_latest where submission_id = any(?)").param(ids)
                .query(rs -> {
                    co2e.put(SubmissionId.of(rs.getLong(1)), rs.getDouble(2));
                });
        return co2e;
    }

    /** The newest declared footprint's tailpipe kg CO2e of each of these submissions that has a stored one. */
    public Map<SubmissionId, Double> tailpipes(List<SubmissionId> submissions) {
        Map<SubmissionId, Double> co2e = new HashMap<>();
        if (submissions.isEmpty()) {
            return co2e;
        }
        Long[] ids = submissions.stream().map(SubmissionId::value).toArray(Long[]::new);
        jdbc.sql("select submission_id, co2e_tailpipe_kg from footprint_latest where submission_id = any(?)"
                        + " and co2e_tailpipe_kg is not null").param(ids)
                .query(rs -> {
                    co2e.put(SubmissionId.of(rs.getLong(1)), rs.getDouble(2));
                });
        return co2e;
    }

    /** The number of hits, at most {@value #COUNT_CAP}, and for a text search at most its {@link #window}. */
    public int countPublished(SearchQuery query, boolean publicForumsOnly) {
        return countPublished(query, publicForumsOnly, plan(query));
    }

    /** As {@link #countPublished(SearchQuery, boolean)}, by the given plan. */
    int countPublished(SearchQuery query, boolean publicForumsOnly, Plan plan) {
        Source source = source(query, publicForumsOnly, plan);
        int cap = query.hasText() ? window(query) : COUNT_CAP;
        return jdbc.sql("with capped as (" + source.newest(cap) + ") select count(*) from capped")
                .params(source.params()).query(Integer.class).single();
    }

    /**
     * The rows a search's candidates are drawn from, with its conditions, and their newest-first
     * order: all submissions, or (see {@link #startsFromCode}) the CPV code's own, walked in date
     * order through {@code submission_cpv}'s copy of the publication date. With {@code walk}, the
     * text is tested only on the rows the other conditions keep ({@link #common(String)}).
     */
    private record Source(String from, String idAndDate, String newestFirst, boolean walk, List<Object> params) {

        /**
         * The {@code limit} newest hits' {@code id}, {@code published_at} and {@code search}. A walk
         * tests the text a level above the other conditions: the planner cannot take that test into
         * an index then (a common word's GIN bitmap lists a fifth of the table), nor run it before
         * them (it would decompress the search vector of rows a forum or kind test would have
         * dropped). Nothing above the walk sorts or joins, so the planner walks the date-ordered
         * index and stops at the {@code limit}th match (decision 057).
         */
        String newest(int limit) {
            String rows = "select " + idAndDate + ", s.search" + from + " order by " + newestFirst;
            return walk ? "select w.id, w.published_at, w.search from (" + rows + " offset 0) w where w.search @@ "
                    + QUERY + " limit " + limit : rows + " limit " + limit;
        }
    }

    private static Source source(SearchQuery query, boolean publicForumsOnly, Plan plan) {
        CpvCode code = query.cpv();
        boolean fromCode = plan.fromCode() && code != null;
        Where where = where(query, publicForumsOnly, !fromCode, !plan.walk());
        List<Object> params = new ArrayList<>(where.params);
        Source source;
        if (code == null || !fromCode) {
            source = new Source(" from submission s join forum f on f.id = s.forum_id" + where.sql,
                    "s.id, s.published_at", "s.published_at desc, s.id desc", plan.walk(), params);
        } else {
            List<String> codeConditions = new ArrayList<>(List.of("i.cpv_code = ?", "i.published_at is not null"));
            params.add(code.value());
            // the forum and the kind on the code's copy of them too, where its indexes walk them (schema 063)
            if (query.forumId() != null) {
                codeConditions.add("i.forum_id = ?");
                params.add(query.forumId().value());
            }
            if (query.kind() != null) {
                codeConditions.add("i.kind = ?");
                params.add(query.kind().name());
            }
            // the dates again on the code's copy of them, where its index can range over them
            publishedWithin(query, "i.published_at", codeConditions, params);
            source = new Source(" from submission_cpv i join submission s on s.id = i.submission_id"
                    + " join forum f on f.id = s.forum_id" + where.sql + " and " + String.join(" and ", codeConditions),
                    "i.submission_id as id, i.published_at",
                    "i.published_at desc, i.submission_id desc", plan.walk(), params);
        }
        if (plan.walk()) {
            params.add(query.text());
            params.add(query.text());
        }
        return source;
    }

    /** The query's window of publication dates on {@code column}: from its first day's start to its last day's end, in Oslo. */
    private static void publishedWithin(SearchQuery query, String column, List<String> conditions, List<Object> params) {
        if (query.publishedFrom() != null) {
            conditions.add(column + " >= ?");
            params.add(startOfDay(query.publishedFrom()));
        }
        if (query.publishedTo() != null) {
            conditions.add(column + " < ?");
            params.add(startOfDay(query.publishedTo().plusDays(1)));
        }
    }

    private static Timestamp startOfDay(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(OSLO).toInstant());
    }

    /** Whether the published submission is one the search finds: the search's own conditions, on one row. */
    public boolean matches(SearchQuery query, boolean publicForumsOnly, SubmissionId id) {
        Where where = where(query, publicForumsOnly);
        List<Object> params = new ArrayList<>(where.params);
        params.add(id.value());
        return jdbc.sql("select exists (select 1 from submission s join forum f on f.id = s.forum_id" + where.sql
                        + " and s.id = ?)")
                .params(params).query(Boolean.class).single();
    }

    /**
     * Organisations with at least one published, visible submission whose name has every word of
     * {@code filter}, by name ({@code organisation_name_idx}); each probes its own submissions by
     * {@code submission_organisation_idx} until it finds one.
     */
    public List<PublishingOrganisation> publishingOrganisations(boolean publicForumsOnly, String filter, int offset,
                                                                int limit) {
        return jdbc.sql("select o.id, o.name from organisation o where lower(o.name) like all(?) and " + PUBLISHES
                        + " order by lower(o.name), o.id offset ? limit ?")
                .params(SqlText.wordPatterns(filter), publicForumsOnly, offset, limit)
                .query(SearchRepository::publishing).list();
    }

    /** The organisation {@code id} if it has a published, visible submission. */
    public Optional<PublishingOrganisation> publishingOrganisation(boolean publicForumsOnly, OrganisationId id) {
        return jdbc.sql("select o.id, o.name from organisation o where o.id = ? and " + PUBLISHES)
                .params(id.value(), publicForumsOnly)
                .query(SearchRepository::publishing).optional();
    }

    /** An organisation publishes where the reader looks: one parameter, whether only public forums count. */
    private static final String PUBLISHES = """
            exists (select 1 from submission s join forum f on f.id = s.forum_id where s.organisation_id = o.id
            and s.status = 'PUBLISHED' and not s.hidden and (not ? or f.visibility = 'PUBLIC'))""";

    private static PublishingOrganisation publishing(ResultSet rs, int row) throws SQLException {
        return new PublishingOrganisation(OrganisationId.of(rs.getLong(1)), rs.getString(2));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Submission map(ResultSet rs) throws SQLException {
        List<CpvCode> cpv = Arrays.stream((String[]) rs.getArray("cpv_codes").getArray()).map(CpvCode::new).toList();
        return new Submission(SubmissionId.of(rs.getLong("id")), ForumId.of(rs.getLong("forum_id")),
                SubmissionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_markdown"), cpv, SubmissionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("hidden"), rs.getString("hidden_reason"), MemberId.of(rs.getLong("author_id")),
                rs.getString("author_name"), OrganisationId.of(rs.getLong("organisation_id")),
                rs.getString("organisation_name"), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "published_at"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(SearchQuery query, boolean publicForumsOnly) {
        return where(query, publicForumsOnly, true, true);
    }

    /**
     * The search's conditions; without {@code onSubmission} the caller walks the CPV code's
     * submissions itself and tests the code, forum and kind on them, without {@code textCondition}
     * it tests the text itself ({@link Source#newest}).
     */
    private static Where where(SearchQuery query, boolean publicForumsOnly, boolean onSubmission,
                               boolean textCondition) {
        List<String> conditions = new ArrayList<>(List.of("s.status = 'PUBLISHED'", "not s.hidden"));
        List<Object> params = new ArrayList<>();
        if (publicForumsOnly) {
            conditions.add("f.visibility = 'PUBLIC'");
        }
        if (query.forumId() != null && onSubmission) {
            conditions.add("s.forum_id = ?");
            params.add(query.forumId().value());
        }
        if (query.kind() != null && onSubmission) {
            conditions.add("s.kind = ?");
            params.add(query.kind().name());
        }
        if (query.cpv() != null && onSubmission) {
            conditions.add("exists (select 1 from submission_cpv c where c.submission_id = s.id and c.cpv_code = ?)");
            params.add(query.cpv().value());
        }
        if (query.organisationId() != null) {
            conditions.add("s.organisation_id = ?");
            params.add(query.organisationId().value());
        }
        publishedWithin(query, "s.published_at", conditions, params);
        if (query.minCo2eKg() != null) {
            conditions.add("exists (select 1 from footprint_latest m where m.submission_id = s.id and m.co2e_wtw_kg >= ?)");
            params.add(query.minCo2eKg());
        }
        if (query.text() != null && textCondition) {
            conditions.add("s.search @@ " + QUERY);
            params.add(query.text());
            params.add(query.text());
        }
        return new Where(" where " + String.join(" and ", conditions), params);
    }
}
