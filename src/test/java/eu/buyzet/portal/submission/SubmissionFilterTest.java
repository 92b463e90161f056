package eu.buyzet.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubmissionFilterTest {

    @Test
    void a_search_survives_its_query_string_whole() {
        SubmissionFilter search = new SubmissionFilter(ForumId.of(3), SubmissionKind.NEED, new CpvCode("90511000-2"),
                OrganisationId.of(7), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "elektrisk & søppel",
                1000.0, SubmissionFilter.Sort.FOOTPRINT);

        String query = search.toQueryString();

        assertThat(query).startsWith("q=elektrisk+%26+s%C3%B8ppel&kind=NEED&forum=3&cpv=90511000-2&org=7");
        assertThat(SubmissionFilter.fromQueryString(query)).isEqualTo(search);
    }

    @Test
    void parts_that_cannot_be_read_are_left_out_not_guessed() {
        SubmissionFilter read = SubmissionFilter.fromQueryString("kind=RUMOUR&forum=x&cpv=123&from=yesterday&q=varme");
        assertThat(read).isEqualTo(new SubmissionFilter(null, null, null, null, null, null, "varme"));
        assertThat(SubmissionFilter.fromQueryString("").toQuery()).isEmpty();
        assertThat(SubmissionFilter.ANY.toQueryString()).isEmpty();
    }
}
