package eu.buyzet.portal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the API's edge answers when a filter behind it, before any controller, fails: the database
 * out of reach is 503 with Retry-After and counted, as a controller's failure is, and only a bug is
 * a 500 with an incident number.
 */
class ApiBoundaryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ApiBoundary boundary = new ApiBoundary(65_536, meters);

    @Test
    void a_filter_that_cannot_reach_the_database_answers_503_with_retry_after_and_is_counted() throws Exception {
        MockHttpServletResponse response = answer((request, r) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(Integer.toString(ApiProblems.RETRY_AFTER_SECONDS));
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains(ProblemResponses.TYPE_BASE + "unavailable")
                .contains(ApiProblems.UNAVAILABLE_DETAIL).contains("\"title\":\"" + ApiProblems.UNAVAILABLE_TITLE + "\"")
                .doesNotContain("incident");
        assertThat(meters.counter("buyzet.api.unavailable", "cause", "CannotCreateTransactionException").count())
                .isEqualTo(1);
    }

    @Test
    void any_other_failure_is_a_500_with_an_incident_number() throws Exception {
        MockHttpServletResponse response = answer((request, r) -> {
            throw new IllegalStateException("a bug");
        });

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeader("Retry-After")).isNull();
        assertThat(response.getContentAsString()).contains("\"incident\"");
    }

    private MockHttpServletResponse answer(FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/submissions");
        request.setServletPath("/api/v1/submissions");
        MockHttpServletResponse response = new MockHttpServletResponse();
        boundary.doFilter(request, response, chain);
        return response;
    }
}
