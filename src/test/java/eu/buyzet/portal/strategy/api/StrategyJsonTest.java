package eu.buyzet.portal.strategy.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.strategy.ChosenInstrument;
import eu.buyzet.portal.strategy.Evidence;
import eu.buyzet.portal.strategy.EvidenceKind;
import eu.buyzet.portal.strategy.Instrument;
import eu.buyzet.portal.strategy.PriorityAreaId;
import eu.buyzet.portal.strategy.PublicStrategy;
import eu.buyzet.portal.strategy.ScenarioFigures;
import eu.buyzet.portal.strategy.ScenarioResult;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyId;
import eu.buyzet.portal.strategy.StrategyStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open API's strategy JSON: stable field names, and none of what the public may not read. */
class StrategyJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private static Strategy strategy() {
        ScenarioFigures base = new ScenarioFigures(2025, 1000.0, 50_000, 40_000, 30_000, 100.0, 5.0, 0, 10);
        ScenarioFigures target = new ScenarioFigures(2030, 800.0, 45_000, 10_000, 0, 1.0, 0.5, 100, 100);
        return new Strategy(StrategyId.of(12), 12, 2, PriorityAreaId.of(3), "Repair services", OrganisationId.of(10),
                "Oslo Property Agency", StrategyStatus.ADOPTED, "Zero-emission repair vans", "Vans are electric by 2028.",
                List.of(new ChosenInstrument(Instrument.AWARD_CRITERION, LocalDate.of(2027, 1, 1), 30,
                        "The dialogue showed four capable suppliers", "Incumbent Plumbing AS may not bid",
                        List.of(new Evidence(EvidenceKind.SUPPLIER_INTEREST, 7, "Four capable suppliers: A, B, C, D", 4.0),
                                new Evidence(EvidenceKind.CONTRACT, ContractId.of(5).value(),
                                        "Repairs central, NOK 9 000 000", 45_000.0)))),
                List.of(), new ScenarioResult("fs-1", "BuyZET factors", "2025.2", LocalDate.of(2026, 11, 2), base,
                List.of(target)), "Ola Nordmann", Instant.parse("2026-11-25T13:00:00Z"),
                Instant.parse("2026-11-25T13:00:00Z"), 3);
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }

    @Test
    void the_public_fields_are_the_documented_ones() {
        JsonNode s = json.valueToTree(StrategyApi.StrategyJson.of(PublicStrategy.of(strategy()).orElseThrow()));
        assertThat(fieldNames(s)).containsExactlyInAnyOrder("id", "lineage", "version", "status", "title", "summary",
                "priorityArea", "owner", "adoptedAt", "instruments", "scenario");
        assertThat(fieldNames(s.at("/instruments/0"))).containsExactlyInAnyOrder("instrument", "fromDate",
                "weightPercent", "rationale", "evidence");
        assertThat(fieldNames(s.at("/instruments/0/evidence/0"))).containsExactlyInAnyOrder("kind", "reference", "figure");
        assertThat(fieldNames(s.at("/scenario"))).containsExactlyInAnyOrder("factorSet", "factorSetVersion",
                "baselineYear", "targetYear", "co2eWtwChangePercent", "co2eTailpipeChangePercent", "tripsChangePercent",
                "zeroEmissionSharePercent", "cvdCleanSharePercent");
        assertThat(s.at("/status").asString()).isEqualTo("ADOPTED");
        assertThat(s.at("/adoptedAt").asString()).isEqualTo("2026-11-25T13:00:00Z");
        assertThat(s.at("/instruments/0/fromDate").asString()).isEqualTo("2027-01-01");
        assertThat(s.at("/instruments/0/evidence/0/reference").asLong()).isEqualTo(7);
        assertThat(s.at("/instruments/0/evidence/0/figure").asDouble()).isEqualTo(4.0);
        assertThat(s.at("/scenario/co2eWtwChangePercent").asDouble()).isEqualTo(-75.0);
        assertThat(s.at("/scenario/tripsChangePercent").asDouble()).isEqualTo(-20.0);
    }

    @Test
    void no_citation_contract_figure_risk_person_or_absolute_footprint_reaches_the_json() {
        String text = json.writeValueAsString(StrategyApi.StrategyJson.of(PublicStrategy.of(strategy()).orElseThrow()));
        assertThat(text).doesNotContain("Four capable suppliers: A", "NOK 9 000 000", "45000", "Incumbent Plumbing",
                "Ola Nordmann", "40000", "50000", "citation", "risks");
        assertThat(json.readTree(text).at("/instruments/0/evidence/1").toString())
                .isEqualTo("{\"kind\":\"CONTRACT\",\"reference\":null,\"figure\":null}");
    }
}
