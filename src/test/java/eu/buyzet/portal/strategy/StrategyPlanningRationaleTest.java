package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.buyergroup.PlanningRationale;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A buyer group's OCDS rationale from the adopted strategy: its plan in English, and nothing the public may not read. */
class StrategyPlanningRationaleTest {

    @Test
    void the_rationale_names_the_strategy_its_instruments_and_the_scenario_in_english() {
        var messages = StrategyDocumentsTest.messages();
        PlanningRationale.Plan plan = StrategyPlanningRationale.plan(PublicStrategy.of(StrategyFixtures.strategy())
                .orElseThrow(), i -> messages.getMessage("strategy.instrument." + i.name() + ".name", null,
                Locale.ENGLISH));
        String zeroEmission = messages.getMessage("strategy.instrument.ZERO_EMISSION_SPECIFICATION.name", null,
                Locale.ENGLISH);
        String award = messages.getMessage("strategy.instrument.AWARD_CRITERION.name", null, Locale.ENGLISH);
        assertThat(plan.rationale()).isEqualTo("Contract strategy \"Zero-emission refuse collection 2030\" for the "
                + "priority area Refuse collection, version 2 adopted by Oslo Waste Agency on 2026-11-25: All refuse "
                + "trucks in the inner city are zero-emission from July 2027. Instruments: " + zeroEmission
                + " (from 2027-07-01); " + award + " (weight 35 %). "
                + "Planned by 2030 against 2025 (factor set BuyZET factors 2025 2025.2): well-to-wheel CO2e -86.6 %, "
                + "zero-emission share of vehicle-km 100.0 %.");
        assertThat(plan.path()).isEqualTo("strategies/public/12");
        assertThat(plan.rationale()).doesNotContain("Three haulers", "Fewer bidders", "Kari Nordmann");
    }
}
