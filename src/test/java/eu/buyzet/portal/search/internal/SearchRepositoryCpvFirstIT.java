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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A common word narrowed to a CPV code may be found from the code's submissions instead of through
 * the recency walk (SearchRepository#startsFromCode): two plans that must find the same hits in the
 * same order and count them alike, for every sort, filter and reader.
 */
@PortalIntegrationTest
class SearchRepositoryCpvFirstIT {

    @Autowired SearchRepository search;
    @Autowired SearchGate gate;
    @Autowired JdbcClient jdbc;
    // ANALYZE is the schema owner's (as autovacuum does it); the portal's role may only read and write rows
    @Autowired @Qualifier("schemaOwnerDataSource") DataSource owner;

    @Test
    void a_search_started_from_its_cpv_code_finds_and_counts_what_the_walk_finds_for_every_sort_filter_and_reader() {
        TestSearchStatistics.CommonWordWithCode common = TestSearchStatistics.commonWordWithCode(jdbc, owner);
        String word = common.word();
        String code = common.code();
        // a forum and a kind that some published submission with both the word and the code has
        var forumAndKind = jdbc.sql("""
                select s.forum_id, s.kind from submission s join submission_cpv c on c.submission_id = s.id and c.cpv_code = ?
                where s.search @@ to_tsquery('simple', ?) and s.status = 'PUBLISHED' and not s.hidden
                group by s.forum_id, s.kind order by count(*) desc, s.forum_id, s.kind limit 1""")
                .params(code, word).query((rs, n) -> java.util.Map.entry(ForumId.of(rs.getLong(1)),
                        SubmissionKind.valueOf(rs.getString(2)))).single();
        ForumId forum = forumAndKind.getKey();
        CpvCode cpv = new CpvCode(code);
        SearchQuery narrowed = new SearchQuery(null, null, cpv, null, null, null, word, null, null);

        assertThat(gate.read(() -> search.startsFromCode(narrowed))).as(word + " with " + code).isTrue();
        assertThat(gate.read(() -> search.startsFromCode(narrowed.withText("xylofonkvartett")))).as("a rare word").isFalse();
        assertThat(gate.read(() -> search.startsFromCode(narrowed.withText(word + " xylofonkvartett"))))
                .as("every word must be common").isFalse();
        assertThat(gate.read(() -> search.startsFromCode(narrowed.withText(null)))).as("no text").isFalse();

        List<SearchQuery> queries = List.of(narrowed,
                new SearchQuery(null, null, cpv, null, null, null, word, null, SearchQuery.Sort.FOOTPRINT),
                new SearchQuery(forum, forumAndKind.getValue(), cpv, null, null, null, word, null, null),
                new SearchQuery(null, null, cpv, null, LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), word, null, null));
        int compared = 0;
        for (SearchQuery query : queries) {
            assertThat(gate.read(() -> search.find(query, false, new PageRequest(0, 100), null, false).hits()))
                    .as("hits to compare for " + query).isNotEmpty();
            for (boolean publicOnly : List.of(true, false)) {
                for (PageRequest page : List.of(new PageRequest(0, 5), new PageRequest(1, 5), new PageRequest(0, 100))) {
                    SearchRepository.Found walked = gate.read(() -> search.find(query, publicOnly, page, null, false));
                    SearchRepository.Found fromCode = gate.read(() -> search.find(query, publicOnly, page, null, true));
                    assertThat(fromCode.hits()).as(query + ", public only " + publicOnly + ", " + page)
                            .extracting(h -> h.submission().id()).containsExactlyElementsOf(
                                    walked.hits().stream().map(h -> h.submission().id()).toList());
                    assertThat(fromCode.count()).isEqualTo(walked.count());
                    compared += walked.hits().size();
                }
                assertThat(gate.read(() -> search.countPublished(query, publicOnly, true)))
                        .isEqualTo(gate.read(() -> search.countPublished(query, publicOnly, false)));
            }
        }
        assertThat(compared).as("hits compared").isGreaterThan(10);
    }
}
