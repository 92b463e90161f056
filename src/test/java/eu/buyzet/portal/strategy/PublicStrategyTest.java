package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What of a strategy anyone may read: the adopted plan, never its captured citations, contracts or absolute figures. */
class PublicStrategyTest {

    static Strategy withStatus(Strategy s, StrategyStatus status) {
        return new Strategy(s.id(), s.lineage(), s.number(), s.area(), s.areaName(), s.owner(), s.ownerName(), status,
                s.title(), s.summary(), s.instruments(), s.scenario(), s.result(), s.adoptedByName(), s.adoptedAt(),
                s.updatedAt(), s.version());
    }

    static final Evidence CONTRACT = new Evidence(EvidenceKind.CONTRACT, 5, "Refuse east, NOK 41 000 000 a year, Hauler AS",
            312_400.0);

    @Test
    void drafts_and_versions_in_consultation_have_no_public_reading() {
        assertThat(PublicStrategy.of(withStatus(StrategyFixtures.strategy(), StrategyStatus.DRAFT))).isEmpty();
        assertThat(PublicStrategy.of(withStatus(StrategyFixtures.strategy(), StrategyStatus.CONSULTATION))).isEmpty();
        assertThat(PublicStrategy.of(withStatus(StrategyFixtures.strategy(), StrategyStatus.SUPERSEDED)))
                .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(StrategyStatus.SUPERSEDED));
    }

    @Test
    void evidence_is_kind_reference_and_figure_and_a_contract_is_kind_only() {
        Strategy s = StrategyFixtures.strategy("T", "S", "why", "Hauler AS may go bankrupt", CONTRACT);
        PublicStrategy p = PublicStrategy.of(s).orElseThrow();
        assertThat(p.instruments().getFirst().evidence()).containsExactly(
                new PublicStrategy.PublicEvidence(EvidenceKind.DIALOGUE_ANSWER, 41L, null),
                new PublicStrategy.PublicEvidence(EvidenceKind.SUPPLIER_INTEREST, 7L, 4.0),
                new PublicStrategy.PublicEvidence(EvidenceKind.CONTRACT, null, null));
        assertThat(p.toString()).doesNotContain("Three haulers answered", "NOK 41 000 000", "Hauler AS", "312400",
                "Kari Nordmann", "Refuse collection east");
        assertThat(p.instruments().getFirst().rationale()).isEqualTo("why");
    }

    @Test
    void the_headline_is_the_last_planned_year_against_the_baseline_in_percent() {
        PublicStrategy.Headline h = PublicStrategy.of(StrategyFixtures.strategy()).orElseThrow().headline();
        assertThat(h).isEqualTo(new PublicStrategy.Headline("BuyZET factors 2025", "2025.2", 2025, 2030, -86.6, -100.0,
                -19.9, 100.0, 100.0));
    }

    @Test
    void a_strategy_never_computed_has_no_headline() {
        Strategy s = StrategyFixtures.strategy();
        Strategy uncomputed = new Strategy(s.id(), s.lineage(), s.number(), s.area(), s.areaName(), s.owner(),
                s.ownerName(), s.status(), s.title(), s.summary(), List.of(), List.of(), null, null, null, s.updatedAt(),
                s.version());
        assertThat(PublicStrategy.of(uncomputed).orElseThrow().headline()).isNull();
    }
}
