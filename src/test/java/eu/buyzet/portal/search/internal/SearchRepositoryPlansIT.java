package eu.buyzet.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestSearchStatistics;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.search.ListCursor;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.SubmissionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways a search may find its rows, which may differ only in time (decision 057): a common text
 * tested above the other conditions or found through its GIN index, and a common text with a CPV
 * code walked to through all submissions or through the code's own. Each pair must find the same
 * hits in the same order and count them alike, for every sort, filter and reader.
 */
@PortalIntegrationTest
class SearchRepositoryPlansIT {

    private static final SearchRepository.Plan INDEXED = new SearchRepository.Plan(false, false);
    private static final SearchRepository.Plan WALKED = new SearchRepository.Plan(true, false);
    private static final SearchRepository.Plan FROM_CODE = new SearchRepository.Plan(true, true);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private int prepared;

    @Autowired SearchRepository search;
    @Autowired SearchGate gate;
    @Autowired JdbcClient jdbc;
    // ANALYZE is the schema owner's (as autovacuum does it); the portal's role may only read and write rows
    @Autowired @Qualifier("schemaOwnerDataSource") DataSource owner;

    private String word;
    private CpvCode code;
    /** A forum and a kind that some published submission with both the word and the code has. */
    private ForumId forum;
    private SubmissionKind kind;

    @BeforeEach
    void commonWordWithCode() {
        TestSearchStatistics.CommonWordWithCode common = TestSearchStatistics.commonWordWithCode(jdbc, owner);
        word = common.word();
        code = new CpvCode(common.code());
        Map.Entry<ForumId, SubmissionKind> forumAndKind = jdbc.sql("""
                select s.forum_id, s.kind from submission s join submission_cpv c on c.submission_id = s.id and c.cpv_code = ?
                where s.search @@ to_tsquery('simple', ?) and s.status = 'PUBLISHED' and not s.hidden
                group by s.forum_id, s.kind order by count(*) desc, s.forum_id, s.kind limit 1""")
                .params(code.value(), word).query((rs, n) -> Map.entry(ForumId.of(rs.getLong(1)),
                        SubmissionKind.valueOf(rs.getString(2)))).single();
        forum = forumAndKind.getKey();
        kind = forumAndKind.getValue();
    }

    @Test
    void a_common_word_tested_above_the_filters_finds_and_counts_what_its_index_finds() {
        long all = jdbc.sql("select count(*) from submission").query(Long.class).single();
        SearchRepository.Estimate estimate = gate.read(() -> search.estimate(word));
        assertThat(estimate.all()).as("the planner's estimate of all submissions").isEqualTo(all);
        assertThat(gate.read(() -> search.estimate("xylofonkvartett")).matches()).as("a word no submission has")
                .isLessThan(estimate.matches()).isLessThanOrEqualTo(all / 2.0);

        List<SearchQuery> queries = List.of(
                new SearchQuery(null, null, null, null, null, null, word, null, null),
                new SearchQuery(forum, null, null, null, null, null, word, null, null),
                new SearchQuery(forum, kind, null, null, null, null, word, null, null),
                new SearchQuery(null, kind, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), word, null, null),
                new SearchQuery(null, null, code, null, null, null, word, null, null),
                new SearchQuery(forum, null, null, null, null, null, word, null, SearchQuery.Sort.FOOTPRINT));
        assertThat(assertAlike(queries, INDEXED, WALKED)).as("hits compared").isGreaterThan(50);
    }

    @Test
    void a_search_walked_through_its_cpv_codes_submissions_finds_and_counts_what_the_walk_of_all_finds() {
        SearchQuery narrowed = new SearchQuery(null, null, code, null, null, null, word, null, null);
        // only a common text starts from its code (SearchRepositoryCommonTextTest): none is, on a table this small
        assertThat(gate.read(() -> search.startsFromCode(narrowed))).as(word + " with " + code + " among few submissions")
                .isFalse();
        assertThat(gate.read(() -> search.startsFromCode(narrowed.withText(null)))).as("no text").isFalse();

        List<SearchQuery> queries = List.of(narrowed,
                new SearchQuery(null, null, code, null, null, null, word, null, SearchQuery.Sort.FOOTPRINT),
                // the code's copies of forum and kind (schema 063), alone, together and with dates
                new SearchQuery(forum, null, code, null, null, null, word, null, null),
                new SearchQuery(null, kind, code, null, null, null, word, null, null),
                new SearchQuery(forum, kind, code, null, null, null, word, null, null),
                new SearchQuery(forum, kind, code, null, LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), word, null, null),
                new SearchQuery(null, null, code, null, LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), word, null, null));
        assertThat(assertAlike(queries, WALKED, FROM_CODE)).as("hits compared").isGreaterThan(10);
    }

    /**
     * A list without text (all submissions', a forum's, a kind's, both) keeps one plan for every
     * forum, kind and page (decision 059): the gate lets PostgreSQL keep its prepared statement's
     * plan, and that plan must walk an index to the page and expect no more rows than the page has.
     * With the page's size bound as a parameter the kept plan expected a tenth of the forum and
     * hashed every member's and organisation's name (3.3 ms a page against 0.8 on the million), so
     * the size is written into the statement. The demo's forums are too small for a tenth of one
     * to be more than a row (PostgreSQL counts at least one), so that is asserted of the statement.
     */
    @Test
    void a_list_without_text_keeps_one_plan_for_every_forum_and_page_which_expects_only_the_page() {
        SearchQuery inForum = SearchQuery.inForum(forum);
        ListCursor after = gate.read(() -> search.find(inForum, true, new PageRequest(0, 1), null, INDEXED)).hits()
                .stream().map(h -> new ListCursor(java.util.Objects.requireNonNull(h.submission().publishedAt()),
                        h.submission().id())).findFirst().orElseThrow();
        record KeptList(SearchQuery query, @Nullable ListCursor after) {
        }
        for (KeptList list : List.of(new KeptList(SearchQuery.ANY, null), new KeptList(inForum, null),
                new KeptList(SearchQuery.ANY.withKind(kind), null), new KeptList(inForum.withKind(kind), null),
                new KeptList(inForum, after))) {
            SearchQuery query = list.query();
            assertThat(SearchRepository.planFitsEveryValue(query)).as(query.toString()).isTrue();
            for (boolean publicOnly : List.of(true, false)) {
                SearchRepository.Statement statement = search.statement(query, publicOnly, new PageRequest(3, 1),
                        list.after(), INDEXED);
                assertThat(statement.sql()).as("the page's size, written out").contains(" offset ? limit 1)");
                String plan = gate.read(query, () -> genericPlan(statement));
                assertThat(plan).as(query + ", public only " + publicOnly + ": " + plan)
                        .doesNotContain("\"Seq Scan\"").doesNotContain("\"Hash Join\"");
                JsonNode top = JSON.readTree(plan).path(0).path("Plan");
                assertThat(top.path("Plan Rows").asDouble()).as(query + ": rows expected of " + plan).isLessThanOrEqualTo(1);
            }
        }
        // what the gate asks of PostgreSQL for them, and for a search, whose best plan depends on its words
        assertThat(gate.read(inForum, () -> jdbc.sql("select current_setting('plan_cache_mode')").query(String.class)
                .single())).isEqualTo("force_generic_plan");
        assertThat(gate.read(inForum.withText(word), () -> jdbc.sql("select current_setting('plan_cache_mode')")
                .query(String.class).single())).isEqualTo("force_custom_plan");
    }

    @Test
    void a_plan_is_kept_only_for_lists_without_text_code_organisation_dates_threshold_or_footprint_order() {
        SearchQuery inForum = SearchQuery.inForum(forum);
        assertThat(List.of(inForum.withText(word), new SearchQuery(forum, null, code, null, null, null, null, null, null),
                new SearchQuery(forum, null, null, OrganisationId.of(1), null, null, null, null, null),
                new SearchQuery(forum, null, null, null, LocalDate.of(2024, 1, 1), null, null, null, null),
                new SearchQuery(forum, null, null, null, null, LocalDate.of(2024, 1, 1), null, null, null),
                new SearchQuery(forum, null, null, null, null, null, null, 10.0, null),
                new SearchQuery(forum, null, null, null, null, null, null, null, SearchQuery.Sort.FOOTPRINT)))
                .noneMatch(SearchRepository::planFitsEveryValue);
    }

    /**
     * The plan PostgreSQL keeps for the statement as the portal sends it: prepared with its
     * parameters unknown (as pgjdbc prepares a statement used again), in the gate's transaction,
     * with sequential scans off so that it shows whether an index can serve it at all.
     */
    private String genericPlan(SearchRepository.Statement statement) {
        String sql = statement.sql();
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            numbered.append(sql.charAt(i) == '?' ? "$" + ++n : String.valueOf(sql.charAt(i)));
        }
        assertThat(n).as("parameters of " + sql).isEqualTo(statement.params().size());
        jdbc.sql("set local enable_seqscan = off").update();
        // a utility statement takes no bound parameters: EXECUTE's are written out, as the values they are
        String name = "kept_list_" + ++prepared;
        jdbc.sql("prepare " + name + " as " + numbered).update();
        String plan = jdbc.sql("explain (format json) execute " + name + "(" + statement.params().stream()
                .map(SearchRepositoryPlansIT::literal).collect(java.util.stream.Collectors.joining(", ")) + ")")
                .query(String.class).single();
        jdbc.sql("deallocate " + name).update();
        return plan;
    }

    private static String literal(Object value) {
        return switch (value) {
            case Number number -> number.toString();
            case java.sql.Timestamp timestamp -> "'" + timestamp.toInstant() + "'";
            case String text when text.matches("[A-Z_]+") -> "'" + text + "'";
            default -> throw new IllegalArgumentException("Not a value of a list's statement: " + value);
        };
    }

    /** Asserts that both plans find and count alike, for both kinds of reader and three pages; the hits compared. */
    private int assertAlike(List<SearchQuery> queries, SearchRepository.Plan one, SearchRepository.Plan other) {
        int compared = 0;
        for (SearchQuery query : queries) {
            assertThat(gate.read(() -> search.find(query, false, new PageRequest(0, 100), null, one).hits()))
                    .as("hits to compare for " + query).isNotEmpty();
            for (boolean publicOnly : List.of(true, false)) {
                for (PageRequest page : List.of(new PageRequest(0, 5), new PageRequest(1, 5), new PageRequest(0, 100))) {
                    SearchRepository.Found a = gate.read(() -> search.find(query, publicOnly, page, null, one));
                    SearchRepository.Found b = gate.read(() -> search.find(query, publicOnly, page, null, other));
                    assertThat(b.hits()).as(query + ", public only " + publicOnly + ", " + page)
                            .extracting(h -> h.submission().id()).containsExactlyElementsOf(
                                    a.hits().stream().map(h -> h.submission().id()).toList());
                    assertThat(b.count()).isEqualTo(a.count());
                    compared += a.hits().size();
                }
                assertThat(gate.read(() -> search.countPublished(query, publicOnly, other)))
                        .isEqualTo(gate.read(() -> search.countPublished(query, publicOnly, one)));
            }
        }
        return compared;
    }
}
