package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The buyer-group part of the open API over real HTTP: hidden shares are left out everywhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class BuyerGroupApiIT {

    @LocalServerPort int port;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired BuyerGroupLifecycle lifecycle;
    @Autowired BuyerGroupShares shares;
    @Autowired BuyerGroupInterest interest;
    @Autowired SubmissionService submissions;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private FootprintSource contract(String email) {
        TestUsers.signIn(security, jdbc, email);
        return new FootprintSource(FootprintSource.Kind.CONTRACT, contracts.create(new ContractDetails("Levering",
                null, List.of("60100000-9"), "Leverandør AS", null, "NOK", null,
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5)))).id().value());
    }

    private static MemberShare share(FootprintSource source, int quantity, boolean visible) {
        return new MemberShare(BigDecimal.valueOf(quantity), DemandUnit.TRIPS_PER_YEAR, null, "NOK", source, "Kontakt",
                "kontakt@example.org", Set.of(ProcedurePart.TENDERING_AND_AWARD), visible);
    }

    @Test
    void groups_are_published_with_their_demand_and_as_ocds_but_never_with_a_hidden_share() throws Exception {
        FootprintSource lead = contract("agency@demo.buyzet.eu");
        FootprintSource second = contract("agency2@demo.buyzet.eu");
        FootprintSource third = contract("agency3@demo.buyzet.eu");
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Goods delivery to schools'")
                .query(Long.class).single());
        Submission p = submissions.create(new SubmissionDraft(forum, SubmissionKind.PROPOSAL, "Felles bud i API-et", "",
                "", List.of("60100000-9")));
        submissions.publish(p.id(), p.version());
        BuyerGroup g = lifecycle.form(p.id(), "Oslo kommune, Innkjøpsavdelingen", null);
        shares.join(g, share(lead, 400, true));
        TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        shares.join(g, share(second, 300, true));
        TestUsers.signIn(security, jdbc, "agency3@demo.buyzet.eu");
        shares.join(g, share(third, 271, false));
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        interest.registerInterest(g, null, "Vi kan levere", List.of());
        TestUsers.signOut(security);

        ApiClient api = new ApiClient(port);
        JsonNode list = json.readTree(api.get("/api/v1/buyer-groups?status=FORMING").body());
        assertThat(list.get("items").findValuesAsString("title")).contains("Felles bud i API-et");
        assertThat(api.get("/api/v1/buyer-groups?status=SOMETIMES").statusCode()).isEqualTo(400);

        String body = api.get("/api/v1/buyer-groups/" + g.id()).body();
        JsonNode one = json.readTree(body);
        assertThat(one.at("/leadBuyer/name").asString()).startsWith("Renovasjons");
        assertThat(one.at("/demand/members")).hasSize(3);
        assertThat(one.at("/demand/units/0/quantity").isNull()).as("971 minus 400 and 300 is the hidden 271").isTrue();
        assertThat(one.at("/demand/baselineCo2eWtwKg").isNull()).isTrue();
        assertThat(one.at("/demand/sharesWithheld").asBoolean()).isTrue();
        assertThat(one.at("/demand/hiddenShares").asInt()).isEqualTo(1);
        assertThat(one.at("/demand/shares").findValuesAsString("name")).hasSize(2).noneMatch(n -> n.startsWith("Utdanning"));
        assertThat(one.at("/demand/shares/0/jointParts").isNull()).as("joint parts are for the members").isTrue();
        assertThat(one.at("/demand/interestedSuppliers").asInt()).isEqualTo(1);
        assertThat(figures(one)).doesNotContain(271.0);
        assertThat(body).doesNotContain("kontakt@example.org").doesNotContain("Grønn Håndverk");
        assertThat(one.at("/steps")).isNotEmpty();

        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/ocds/release-schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        String ocdsBody = api.get("/api/v1/buyer-groups/" + g.id() + "/ocds").body();
        JsonNode ocds = json.readTree(ocdsBody);
        assertThat(schema.validate(ocds)).isEmpty();
        assertThat(ocds.at("/planning/documents/0/url").asString()).startsWith("http://localhost:" + port + "/submissions/");
        List<String> roles = new ArrayList<>();
        ocds.get("parties").forEach(party -> party.get("roles").forEach(r -> roles.add(r.asString())));
        assertThat(roles).contains("buyer", "procuringEntity", "centralPurchasingBody").doesNotContain("interestedParty");
        assertThat(figures(ocds)).doesNotContain(271.0);
        assertThat(api.get("/api/v1/buyer-groups/987654").statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.get("/v3/api-docs").body()).at("/paths").propertyNames())
                .contains("/api/v1/buyer-groups", "/api/v1/buyer-groups/{id}", "/api/v1/buyer-groups/{id}/ocds");
    }

    /**
     * Every number in a document except ids: the hidden share must not appear as a figure. (A text
     * search for "271" would also hit a timestamp's microseconds or an id.)
     */
    private static List<Double> figures(JsonNode node) {
        List<Double> found = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                boolean id = field.getKey().equals("id") || field.getKey().endsWith("Id");
                if (field.getValue().isNumber() && !id) {
                    found.add(field.getValue().asDouble());
                } else if (!field.getValue().isNumber()) {
                    found.addAll(figures(field.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> found.addAll(element.isNumber() ? List.of(element.asDouble()) : figures(element)));
        }
        return found;
    }
}
