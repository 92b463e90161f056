package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void a_search_survives_its_query_string_whole() {
        SearchQuery search = new SearchQuery(ForumId.of(3), SubmissionKind.NEED, new CpvCode("90511000-2"),
                OrganisationId.of(7), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "elektrisk & søppel",
                1000.0, SearchQuery.Sort.FOOTPRINT);

        String query = search.toQueryString();

        assertThat(query).startsWith("q=elektrisk+%26+s%C3%B8ppel&kind=NEED&forum=3&cpv=90511000-2&org=7");
        assertThat(SearchQuery.parse(query).query()).isEqualTo(search);
        assertThat(SearchQuery.parse(query).valid()).isTrue();
    }

    @Test
    void parts_that_cannot_be_read_are_left_out_not_guessed_and_named() {
        SearchQuery.Parsed read = SearchQuery.parse("kind=RUMOUR&forum=x&cpv=123&from=yesterday&q=varme");
        assertThat(read.query()).isEqualTo(SearchQuery.ANY.withText("varme"));
        assertThat(read.problems()).containsOnlyKeys("kind", "forum", "cpv", "from");
        assertThat(SearchQuery.parse("").query().toQuery()).isEmpty();
        assertThat(SearchQuery.ANY.toQueryString()).isEmpty();
    }

    @Test
    void a_threshold_is_a_finite_number_of_kilograms_not_below_zero() {
        for (String bad : List.of("-1", "-0.5", "NaN", "Infinity", "1e400", "0x10", "12f", "ten", "1,5")) {
            SearchQuery.Parsed read = SearchQuery.parse("minCo2e=" + bad);
            assertThat(read.query().minCo2eKg()).as(bad).isNull();
            assertThat(read.problems()).as(bad).containsOnlyKeys("minCo2e");
        }
        assertThat(SearchQuery.parse("minCo2e=1.0E7").query().minCo2eKg()).isEqualTo(1.0e7);
        assertThat(SearchQuery.parse("minCo2e=0").query().toQueryString()).isEqualTo("minCo2e=0.0");
    }

    @Test
    void the_first_of_repeated_parameters_counts_and_blank_means_any() {
        assertThat(SearchQuery.parse("kind=NEED&kind=SOLUTION&q=&forum=").query())
                .isEqualTo(SearchQuery.ANY.withKind(SubmissionKind.NEED));
        assertThat(SearchQuery.parse(Map.of("kind", List.of("solution", "NEED"))).query().kind())
                .isEqualTo(SubmissionKind.SOLUTION);
    }

    @Test
    void text_loses_control_characters_and_extra_spaces_but_nothing_it_searches_for() {
        assertThat(SearchQuery.parse("q=%00buss%09%20%20elbil%0A").query().text()).isEqualTo("buss elbil");
        assertThat(SearchQuery.parse("q=%20%20").query().text()).isNull();
        assertThat(SearchQuery.parse("q=Buss+OR+Trikk&sort=footprint").query().forFollowing())
                .isEqualTo(SearchQuery.ANY.withText("buss or trikk"));
    }

    @Test
    void a_stray_percent_sign_drops_only_its_own_pair() {
        assertThat(SearchQuery.parse("q=%zz&kind=NEED").query()).isEqualTo(SearchQuery.ANY.withKind(SubmissionKind.NEED));
    }

    @Test
    void dates_outside_the_years_1_to_9999_are_not_dates_to_search_by() {
        assertThat(SearchQuery.parse("from=+10000-01-01&to=0000-12-31").problems()).containsOnlyKeys("from", "to");
        assertThat(SearchQuery.parse("from=2026-02-30").problems()).containsOnlyKeys("from");
    }
}
