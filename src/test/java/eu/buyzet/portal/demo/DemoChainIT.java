package eu.buyzet.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.PortalWebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo data shows the whole chain: the open API lists the demo dialogue and buyer group with their evidence. */
@PortalWebIntegrationTest
class DemoChainIT {

    private static final String DIALOGUE = "Markedsdialog: utslippsfri avfallshenting fra kommunale bygg";
    private static final String GROUP = "Felles innkjøp: utslippsfri levering av mat og rekvisita";

    @LocalServerPort int port;
    @Autowired JsonMapper json;

    @Test
    void the_open_api_lists_the_demo_dialogue_taking_input_with_its_published_answers() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode listed = listed(api, "/api/v1/dialogues", DIALOGUE);
        JsonNode one = json.readTree(api.get("/api/v1/dialogues/" + listed.get("id").asString()).body());
        assertThat(one.get("phase").asString()).isEqualTo("OPEN");
        assertThat(one.get("questions")).hasSize(3);
        JsonNode answers = json.readTree(api.get("/api/v1/dialogues/" + listed.get("id").asString() + "/questions").body());
        assertThat(answers).hasSize(2);
        assertThat(answers.findValuesAsString("answer")).allMatch(a -> !a.isBlank());
        assertThat(answers.toString()).doesNotContain("Ren Retur").doesNotContain("Grønn Håndverk");
    }

    @Test
    void the_open_api_lists_the_demo_buyer_group_of_three_agencies_with_one_share_withheld() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode listed = listed(api, "/api/v1/buyer-groups", GROUP);
        JsonNode one = json.readTree(api.get("/api/v1/buyer-groups/" + listed.get("id").asString()).body());
        assertThat(one.at("/leadBuyer/name").asString()).startsWith("Renovasjons");
        assertThat(one.at("/demand/members")).hasSize(3);
        assertThat(one.at("/demand/hiddenShares").asInt()).isEqualTo(1);
        assertThat(one.toString()).doesNotContain("Kantinemat");
        // the withheld share's 1,400 deliveries: looked for as a quantity, since a timestamp's digits may hold "1400"
        assertThat(one.findValues("quantity")).extracting(JsonNode::toString).doesNotContain("1400", "1400.0");
    }

    @Test
    void the_open_api_lists_the_demo_adopted_strategy_with_its_computed_scenario_and_not_the_one_in_consultation()
            throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode listed = listed(api, "/api/v1/strategies", "Utslippsfri avfallshenting innen 2030");
        JsonNode one = json.readTree(api.get("/api/v1/strategies/" + listed.get("id").asLong()).body());
        assertThat(one.at("/scenario/targetYear").asInt()).isEqualTo(2030);
        assertThat(one.at("/instruments")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(json.readTree(api.get("/api/v1/strategies?size=100").body()).toString())
                .doesNotContain("Håndverkere uten utslipp");
    }

    /** Pages through the list: other tests sharing the database add newer items before the demo's. */
    private JsonNode listed(ApiClient api, String path, String title) throws Exception {
        for (int page = 0; page < 50; page++) {
            JsonNode items = json.readTree(api.get(path + "?size=100&page=" + page).body()).get("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                if (title.equals(item.get("title").asString())) {
                    return item;
                }
            }
        }
        throw new AssertionError(title + " is not listed at " + path);
    }
}
