package eu.buyzet.portal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class NewSessionLimitTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final NewSessionLimit limit = new NewSessionLimit(2, 1, meters);

    private MockHttpServletResponse request(String client, String path, boolean withSession) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(client);
        if (withSession) {
            request.setRequestedSessionId("ABC");
            request.setRequestedSessionIdValid(true);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_client_opening_sessions_beyond_its_burst_gets_429_with_retry_after_and_is_counted() throws Exception {
        assertThat(request("10.0.0.1", "/forums", false).getStatus()).isEqualTo(200);
        assertThat(request("10.0.0.1", "/", false).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = request("10.0.0.1", "/search", false);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(refused.getContentAsString()).contains("Too many new visits", "For mange nye besøk");
        assertThat(meters.counter("buyzet.sessions.refused").count()).isEqualTo(1.0);

        // another client is not affected
        assertThat(request("10.0.0.2", "/forums", false).getStatus()).isEqualTo(200);
    }

    @Test
    void requests_that_carry_a_session_or_need_none_are_never_counted() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(request("10.0.0.3", "/forums", true).getStatus()).isEqualTo(200);
            assertThat(request("10.0.0.3", "/api/v1/forums", false).getStatus()).isEqualTo(200);
            assertThat(request("10.0.0.3", "/VAADIN/build/index.js", false).getStatus()).isEqualTo(200);
            assertThat(request("10.0.0.3", "/actuator/health", false).getStatus()).isEqualTo(200);
        }
        assertThat(request("10.0.0.3", "/forums", false).getStatus()).isEqualTo(200);
    }
}
