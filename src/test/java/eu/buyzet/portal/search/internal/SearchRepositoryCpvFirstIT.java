package eu.buyzet.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A common word narrowed to a CPV code is found from the code's submissions, a rare word through its
 * GIN index (SearchRepository#common): two plans that must find the same hits in the same order.
 */
@PortalIntegrationTest
class SearchRepositoryCpvFirstIT {

    private static final PageRequest ALL = new PageRequest(0, 100);

    @Autowired SearchRepository search;
    @Autowired SearchGate gate;
    @Autowired JdbcClient jdbc;
    // ANALYZE is the schema owner's (as autovacuum does it); the portal's role may only read and write rows
    @Autowired @Qualifier("schemaOwnerDataSource") DataSource owner;

    @Test
    void a_common_word_narrowed_to_a_cpv_code_finds_what_the_word_alone_finds_with_that_code_in_the_same_order() {
        JdbcClient.create(owner).sql("analyze submission").update();
        // the search column's commonest word by PostgreSQL's statistics, and the CPV code most often beside it
        String word = jdbc.sql("""
                select m.elem from pg_stats p cross join lateral unnest(p.most_common_elems::text::text[],
                       p.most_common_elem_freqs) as m(elem, freq)
                where p.schemaname = current_schema() and p.tablename = 'submission' and p.attname = 'search'
                  and m.elem is not null order by m.freq desc, m.elem limit 1""").query(String.class).single();
        assertThat(gate.read(() -> search.common(word))).as(word + " is common").isTrue();
        assertThat(gate.read(() -> search.common("xylofonkvartett"))).isFalse();
        assertThat(gate.read(() -> search.common(word + " xylofonkvartett"))).as("every word must be common").isFalse();

        SearchQuery byWord = SearchQuery.ANY.withText(word);
        List<SubmissionHit> wordOnly = gate.read(() -> search.findCounted(byWord, true, ALL).hits());
        String code = wordOnly.stream().flatMap(h -> h.submission().cpvCodes().stream())
                .collect(java.util.stream.Collectors.groupingBy(CpvCode::value, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
        List<Long> expected = wordOnly.stream().filter(h -> h.submission().cpvCodes().contains(new CpvCode(code)))
                .map(h -> h.submission().id().value()).toList();
        assertThat(expected).as("hits of " + word + " with " + code).hasSizeGreaterThan(1);

        SearchQuery narrowed = new SearchQuery(null, null, new CpvCode(code), null, null, null, word, null, null);
        SearchRepository.Found found = gate.read(() -> search.findCounted(narrowed, true, ALL));
        assertThat(found.hits()).extracting(h -> h.submission().id().value()).containsExactlyElementsOf(expected);
        assertThat(found.count()).isEqualTo(expected.size());
    }
}
