package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Decision 054, addendum: in a set flagged "undeclared stage: highest" (version 5 of the sets of 2026), a flow that
 * names no Euro stage takes the highest NOx and, on its own, the highest exhaust PM2.5 of every stage the set has for
 * its category and carrier, so that not declaring never looks cleaner than declaring any stage. Worked by hand: N1
 * diesel pre-Euro NOx 0.8 / PM 0.05, Euro 3 0.6 / 0.04, Euro 5 1.2 / 0.004, Euro 6 0.1 / 0.002 g/km.
 */
class UndeclaredStageHighestTest {

    private static FactorSet set(boolean highest) {
        Map<FactorSet.ExhaustKey, FactorSet.ExhaustFactors> exhaust = new HashMap<>();
        exhaust(exhaust, EuroClass.PRE_EURO, 0.8, 0.05);
        exhaust(exhaust, EuroClass.EURO_3, 0.6, 0.04);
        exhaust(exhaust, EuroClass.EURO_5, 1.2, 0.004);
        exhaust(exhaust, EuroClass.EURO_6, 0.1, 0.002);
        Map<EnergyCarrier, FactorSet.CarrierFactors> carriers = Map.of(EnergyCarrier.DIESEL,
                new FactorSet.CarrierFactors(EnergyCarrier.DIESEL, new Sourced(0.6, "wtt"), new Sourced(2.6, "ttw")));
        return new FactorSet("t", "T", "1", LocalDate.of(2026, 1, 1), "WTW", "GWP100", "location-based", carriers,
                Map.of(), exhaust, Map.of(), EuroClass.EURO_3, Map.of(), highest);
    }

    private static void exhaust(Map<FactorSet.ExhaustKey, FactorSet.ExhaustFactors> map, EuroClass stage, double nox,
                                double pm25) {
        FactorSet.ExhaustKey key = new FactorSet.ExhaustKey(VehicleCategory.N1, EnergyCarrier.DIESEL, stage);
        map.put(key, new FactorSet.ExhaustFactors(key, new Sourced(nox, "nox " + stage),
                new Sourced(pm25, "pm " + stage)));
    }

    private static FlowResult one(FactorSet set, VehicleCategory category, @Nullable String stage) {
        double perKm = category == VehicleCategory.N3 ? 0.35 : 0.09;
        Flow flow = new Flow(category, EnergyCarrier.DIESEL, stage, null, null, 10_000.0, perKm, null, null, null,
                null, false);
        return FootprintCalculator.calculate(set, List.of(flow)).flows().getFirst();
    }

    @Test
    void an_undeclared_stage_takes_the_highest_nox_and_separately_the_highest_pm_of_every_stage_flagged_assumed() {
        FlowResult r = one(set(true), VehicleCategory.N1, null);
        assertThat(r.noxG()).isCloseTo(10_000 * 1.2, within(1e-9));
        assertThat(r.pmExhaustG()).isCloseTo(10_000 * 0.05, within(1e-9));
        assertThat(r.euroClassAssumed()).isTrue();
        assertThat(r.euroClass()).isNull();
    }

    @Test
    void not_declaring_never_looks_cleaner_than_declaring_any_stage() {
        FlowResult undeclared = one(set(true), VehicleCategory.N1, null);
        for (EuroClass stage : List.of(EuroClass.PRE_EURO, EuroClass.EURO_3, EuroClass.EURO_5, EuroClass.EURO_6)) {
            FlowResult declared = one(set(true), VehicleCategory.N1, stage.label(VehicleCategory.N1));
            assertThat(declared.euroClassAssumed()).isFalse();
            assertThat(undeclared.noxG()).as(stage.name()).isGreaterThanOrEqualTo(declared.noxG());
            assertThat(undeclared.pmExhaustG()).as(stage.name()).isGreaterThanOrEqualTo(declared.pmExhaustG());
        }
    }

    @Test
    void a_set_without_the_flag_still_takes_its_default_stage() {
        FlowResult r = one(set(false), VehicleCategory.N1, null);
        assertThat(r.noxG()).isCloseTo(10_000 * 0.6, within(1e-9));
        assertThat(r.pmExhaustG()).isCloseTo(10_000 * 0.04, within(1e-9));
        assertThat(r.euroClass()).isEqualTo(EuroClass.EURO_3);
        assertThat(r.euroClassAssumed()).isTrue();
    }

    @Test
    void a_pair_with_no_stage_in_the_set_stays_not_covered_never_zero() {
        FlowResult r = one(set(true), VehicleCategory.N3, null);
        assertThat(r.noxG()).isNull();
        assertThat(r.pmExhaustG()).isNull();
        assertThat(r.euroClassAssumed()).isTrue();
    }

    @Test
    void the_highest_figures_keep_the_source_of_the_stage_each_comes_from() {
        FactorSet.ExhaustFactors e = AirPollutants.highest(set(true), VehicleCategory.N1, EnergyCarrier.DIESEL);
        assertThat(e).isNotNull();
        assertThat(e.noxGPerKm().source()).isEqualTo("nox EURO_5");
        assertThat(e.pm25GPerKm().source()).isEqualTo("pm PRE_EURO");
    }
}
