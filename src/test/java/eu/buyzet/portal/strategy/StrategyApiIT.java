package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.ApiClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strategy part of the open API over real HTTP: only adopted versions are listed, no field a
 * citation, a risk or a person could hide in, refused paging is a 400 and an unknown or
 * unpublished id a 404, and both endpoints are documented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class StrategyApiIT {

    @LocalServerPort int port;
    @Autowired JsonMapper json;

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                names.add(field.getKey());
                names.addAll(fieldNames(field.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(item -> names.addAll(fieldNames(item)));
        }
        return names;
    }

    @Test
    void the_list_pages_adopted_versions_only_and_names_no_citation_risk_or_person() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode list = json.readTree(api.get("/api/v1/strategies?size=100").body());
        assertThat(list.at("/size").asInt()).isEqualTo(100);
        assertThat(list.at("/totalItems").asLong()).isGreaterThanOrEqualTo(list.at("/items").size());
        for (JsonNode s : list.at("/items")) {
            assertThat(s.at("/status").asString()).isEqualTo("ADOPTED");
            JsonNode one = json.readTree(api.get("/api/v1/strategies/" + s.at("/id").asLong()).body());
            assertThat(one.at("/title").asString()).isEqualTo(s.at("/title").asString());
        }
        assertThat(fieldNames(list)).doesNotContain("citation", "risks", "adoptedByName", "timeline", "co2eWtwKg");
        assertThat(api.get("/api/v1/strategies?size=101").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/strategies?page=-1").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/strategies/987654").statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.get("/v3/api-docs").body()).at("/paths").propertyNames())
                .contains("/api/v1/strategies", "/api/v1/strategies/{id}");
        assertThat(json.readTree(api.get("/v3/api-docs").body()).at("/components/schemas").propertyNames())
                .contains("Strategy", "StrategyInstrument", "StrategyEvidence", "StrategyScenario");
    }
}
