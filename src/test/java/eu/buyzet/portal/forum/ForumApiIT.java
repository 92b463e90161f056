package eu.buyzet.portal.forum;

import eu.buyzet.portal.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The open forum API over real HTTP, as a script would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "buyzet.api.rate-limit.capacity=40", "buyzet.api.rate-limit.per-minute=1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForumApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return new ApiClient(port).get(path);
    }

    @Test
    @Order(1)
    void lists_public_forums_only_paged_with_stable_field_names() throws Exception {
        HttpResponse<String> response = get("/api/v1/forums?size=2");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("totalItems").asInt()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode forum = page.get("items").get(0);
        assertThat(forum.fieldNames()).toIterable().contains("id", "title", "description", "region", "cpvCodes",
                "status", "moderators", "latestActivity");
        assertThat(forum.get("title").get("nb").asText()).isNotBlank();
        assertThat(forum.get("title").get("en").asText()).isNotBlank();

        JsonNode all = JSON.readTree(get("/api/v1/forums?size=100").body());
        assertThat(all.get("items").findValuesAsText("region")).doesNotContain("Oslo og Viken");
    }

    @Test
    @Order(2)
    void a_members_only_forum_is_not_found_in_the_api() throws Exception {
        JsonNode all = JSON.readTree(get("/api/v1/forums?size=100").body());
        long visible = all.get("items").get(0).get("id").asLong();
        assertThat(get("/api/v1/forums/" + visible).statusCode()).isEqualTo(200);
        HttpResponse<String> missing = get("/api/v1/forums/4");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    @Order(3)
    void bad_parameters_get_a_problem_document_naming_the_parameter() throws Exception {
        for (String[] c : new String[][] {{"size=1000", "size"}, {"page=-1", "page"}, {"page=abc", "page"},
                {"status=CLOSED", "status"}}) {
            HttpResponse<String> response = get("/api/v1/forums?" + c[0]);
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("errors").get(0).get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    @Order(4)
    void the_api_is_documented_at_v3_api_docs() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode docs = JSON.readTree(response.body());
        assertThat(docs.get("paths").has("/api/v1/forums")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/forums/{id}")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/submissions")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/submissions/{id}")).isTrue();
    }

    @Test
    @Order(5)
    void a_client_that_sends_too_many_requests_is_told_to_wait() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 60 && (last == null || last.statusCode() != 429); i++) {
            last = get("/api/v1/forums");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(last.body()).get("status").asInt()).isEqualTo(429);
    }
}
