package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The release's planning stage carries the adopted strategy behind the purchase, and stays valid OCDS 1.1. */
class OcdsReleaseTest {

    private static Schema schema;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void schema() throws IOException {
        try (InputStream in = OcdsReleaseTest.class.getResourceAsStream("/ocds/release-schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private static final BuyerGroup GROUP = new BuyerGroup(BuyerGroupId.of(7), SubmissionId.of(70), "Joint refuse collection",
            ForumId.of(1), OrganisationId.of(10), "Oslo Waste Agency", "974778882", null, BuyerGroupStatus.FORMING, null,
            null, null, Instant.parse("2026-10-01T10:00:00Z"), 1);
    private static final MemberView LEAD = new MemberView(OrganisationId.of(10), "Oslo Waste Agency", "974778882",
            new BigDecimal("1200"), DemandUnit.TRIPS_PER_YEAR, null, null, 1000.0, 800.0, 5000.0, null, null, null, true,
            null, null, null, true, false, true);
    private static final Demand DEMAND = new Demand(List.of("Oslo Waste Agency"), 1,
            List.of(new Demand.UnitTotal(DemandUnit.TRIPS_PER_YEAR, new BigDecimal("1200"), 1)), 1000.0, 800.0, 5000.0,
            List.of(LEAD), false, 0, 4, Demand.MARKET_MATURITY_THRESHOLD, false);

    private Map<String, Object> release(PlanningRationale.Plan plan) {
        return OcdsRelease.of("ocds-test", "https://portal.example", GROUP, List.of(LEAD), DEMAND, List.of(), List.of(),
                plan, Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void an_adopted_strategy_follows_the_groups_own_rationale_and_is_a_procurement_plan_document() {
        JsonNode release = json.valueToTree(release(new PlanningRationale.Plan(
                "Contract strategy \"Zero-emission refuse\" for the priority area Refuse collection.",
                "Zero-emission refuse", "strategies/public/12")));
        assertThat(schema.validate(release)).as(release.toString()).isEmpty();
        assertThat(release.at("/planning/rationale").asString())
                .startsWith("Joint purchase of zero-emission delivery by 1 public buyers.")
                .endsWith(" Contract strategy \"Zero-emission refuse\" for the priority area Refuse collection.");
        assertThat(release.at("/planning/documents/1/documentType").asString()).isEqualTo("procurementPlan");
        assertThat(release.at("/planning/documents/1/url").asString())
                .isEqualTo("https://portal.example/strategies/public/12");
        assertThat(release.at("/planning/documents/0/documentType").asString()).isEqualTo("needsAssessment");
    }

    @Test
    void without_an_adopted_strategy_the_release_is_as_before() {
        JsonNode release = json.valueToTree(release(null));
        assertThat(schema.validate(release)).as(release.toString()).isEmpty();
        assertThat(release.at("/planning/rationale").asString()).doesNotContain("strategy");
        assertThat(release.at("/planning/documents")).hasSize(1);
    }
}
