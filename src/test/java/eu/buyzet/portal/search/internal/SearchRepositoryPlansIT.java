package eu.buyzet.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestSearchStatistics;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.SubmissionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

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
