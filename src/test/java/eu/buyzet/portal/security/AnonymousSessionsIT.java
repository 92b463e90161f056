package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalWebIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that need no session get none (issue 15): a flood of anonymous requests must not fill
 * the heap with sessions kept for half an hour.
 */
@PortalWebIntegrationTest
class AnonymousSessionsIT {

    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    @Test
    void a_redirect_to_sign_in_remembers_the_page_in_a_cookie_and_opens_no_session() throws Exception {
        HttpResponse<String> response = get("/my-submissions");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(cookies(response)).noneMatch(c -> c.startsWith("JSESSIONID"))
                .anyMatch(c -> c.startsWith("REDIRECT_URI="));
    }

    @Test
    void the_open_api_health_static_files_and_refused_addresses_open_no_session() throws Exception {
        for (String path : List.of("/api/v1/forums", "/api/v1/submissions?q=avfall", "/api/v1/no-such-thing",
                "/actuator/health", "/favicon.ico", "/no-such-page", "/my-submissions;jsessionid=ABC")) {
            HttpResponse<String> response = get(path);
            assertThat(cookies(response)).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(response.statusCode()).as(path).isNotEqualTo(500);
        }
        assertThat(get("/my-submissions;jsessionid=ABC").statusCode()).isEqualTo(400);
    }

    @Test
    void a_real_page_still_gets_its_session() throws Exception {
        assertThat(cookies(get("/login"))).anyMatch(c -> c.startsWith("JSESSIONID"));
    }
}
