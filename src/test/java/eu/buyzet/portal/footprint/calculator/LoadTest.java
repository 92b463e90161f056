package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Load factor, empty running, CO2e per tonne-km and the quiet share (decision 039). */
class LoadTest {

    private static final FactorSet SET = TestFactorSets.simple();
    /** 10,000 km of a diesel van at the test set's 0.1 l/km: 3,000 kg CO2e WTW, 2,500 kg at the tailpipe. */
    private static final Flow VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 10);

    private static FlowResult total(Flow... flows) {
        return FootprintCalculator.calculate(SET, List.of(flows)).total();
    }

    private static Map<String, String> errors(Flow flow) {
        try {
            FootprintCalculator.calculate(SET, List.of(flow));
            throw new AssertionError("expected a refusal");
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
    }

    @Test
    void empty_running_adds_emissions_but_no_tonne_km() {
        FlowResult r = total(VAN.withLoad(0.5, 1.0, null, 20.0));
        assertThat(r.tonneKm()).isCloseTo(8_000 * 0.5, within(1e-9));
        assertThat(r.co2eWtwKg()).isCloseTo(3_000, within(1e-9));
        assertThat(r.co2eWtwGPerTkm()).isCloseTo(3_000_000 / 4_000.0, within(1e-9));
        assertThat(r.co2eTtwGPerTkm()).isCloseTo(2_500_000 / 4_000.0, within(1e-9));
        assertThat(r.loadFactor()).isCloseTo(0.5, within(1e-12));
        assertThat(r.emptyRunningShare()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void undeclared_empty_running_counts_every_km_as_loaded_as_payload_always_did() {
        FlowResult declaredNone = total(VAN.withLoad(0.5, null, null, null));
        FlowResult before = total(new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, 1000.0, 10.0, null, null,
                null, null, 0.5, null, false));
        assertThat(declaredNone.tonneKm()).isEqualTo(before.tonneKm()).isCloseTo(5_000, within(1e-9));
        assertThat(declaredNone.emptyRunningShare()).isNull();
        assertThat(declaredNone.loadFactor()).isNull();
        assertThat(declaredNone.co2eWtwGPerTkm()).isCloseTo(600, within(1e-9));
    }

    @Test
    void a_load_factor_and_the_capacity_give_the_payload() {
        FlowResult r = total(VAN.withLoad(null, 1.2, 50.0, 0.0));
        assertThat(r.tonneKm()).isCloseTo(10_000 * 0.6, within(1e-9));
        assertThat(r.loadFactor()).isCloseTo(0.5, within(1e-12));
        assertThat(r.emptyRunningShare()).isZero();
    }

    @Test
    void a_load_factor_beside_the_payload_is_reported_as_declared() {
        FlowResult r = total(VAN.withLoad(0.3, null, 60.0, null));
        assertThat(r.tonneKm()).isCloseTo(3_000, within(1e-9));
        assertThat(r.loadFactor()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void without_a_payload_there_is_no_intensity_per_tonne_km() {
        FlowResult r = total(VAN.withLoad(null, 1.0, null, 30.0));
        assertThat(r.tonneKm()).isNull();
        assertThat(r.co2eWtwGPerTkm()).isNull();
        assertThat(r.co2eTtwGPerTkm()).isNull();
        assertThat(r.loadFactor()).isNull();
        assertThat(r.emptyRunningShare()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void a_vehicle_that_only_runs_empty_has_no_tonne_km_to_divide_by() {
        FlowResult r = total(VAN.withLoad(0.5, null, null, 100.0));
        assertThat(r.tonneKm()).isZero();
        assertThat(r.co2eWtwGPerTkm()).isNull();
        assertThat(r.co2eWtwKg()).isCloseTo(3_000, within(1e-9));
    }

    @Test
    void a_total_gives_an_intensity_only_when_every_flow_carries_goods() {
        Flow loaded = VAN.withLoad(0.5, 1.0, null, 20.0);
        FlowResult both = total(loaded, VAN.withLoad(1.0, 1.0, null, 0.0));
        // 6,000 kg over 4,000 + 10,000 tkm
        assertThat(both.co2eWtwGPerTkm()).isCloseTo(6_000_000 / 14_000.0, within(1e-9));
        // capacity tonne-km 8,000 + 10,000
        assertThat(both.loadFactor()).isCloseTo(14_000 / 18_000.0, within(1e-12));
        assertThat(both.emptyRunningShare()).isCloseTo(0.1, within(1e-12));
        FlowResult partly = total(loaded, VAN);
        assertThat(partly.tonneKm()).isCloseTo(4_000, within(1e-9));
        assertThat(partly.co2eWtwGPerTkm()).isNull();
        assertThat(partly.loadFactor()).isNull();
        assertThat(partly.emptyRunningShare()).isNull();
    }

    @Test
    void shares_outside_0_to_100_percent_are_refused_with_the_range() {
        assertThat(errors(VAN.withLoad(0.5, null, null, 100.5)))
                .containsEntry("flows[0].emptyRunningPercent", "validation.footprint.percent");
        assertThat(errors(VAN.withLoad(null, 1.0, 101.0, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.percent");
        assertThat(errors(VAN.withLoad(null, 1.0, -1.0, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.percent");
        assertThat(errors(VAN.withLoad(0.5, null, null, Double.NaN)))
                .containsEntry("flows[0].emptyRunningPercent", "validation.footprint.number");
        assertThat(errors(VAN.withLoad(0.5, null, Double.POSITIVE_INFINITY, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.number");
    }

    @Test
    void a_range_refusal_carries_its_bounds_for_the_message() {
        try {
            FootprintCalculator.calculate(SET, List.of(VAN.withLoad(0.5, null, null, 150.0)));
            throw new AssertionError("expected a refusal");
        } catch (ValidationException e) {
            assertThat(e.arguments("flows[0].emptyRunningPercent")).containsExactly(0, 100.0);
        }
    }

    @Test
    void contradictory_or_incomplete_load_declarations_are_refused_at_their_field() {
        assertThat(errors(VAN.withLoad(1.5, 1.0, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-capacity");
        assertThat(errors(VAN.withLoad(0.5, 1.0, 50.0, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.load-factor-twice");
        assertThat(errors(VAN.withLoad(null, null, 50.0, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.load-factor-needs-tonnes");
        assertThat(errors(VAN.withLoad(0.5, null, 0.0, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.load-factor-carries-nothing");
        assertThat(errors(VAN.withLoad(null, 150.0, 50.0, null)))
                .containsEntry("flows[0].payloadCapacityTonnes", "validation.footprint.absurd-payload");
    }

    @Test
    void the_quiet_share_counts_only_vehicle_km_declared_quiet_whatever_the_carrier() {
        Flow battery = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 10);
        Flow bike = new Flow(VehicleCategory.L, EnergyCarrier.HUMAN_POWERED, null, null, null, 10_000.0, null, null,
                null, null, null, false);
        assertThat(total(battery).quietShare()).isZero();
        assertThat(total(bike).quietShare()).isZero();
        FlowResult mixed = total(VAN.withQuiet(true), battery, bike.withQuiet(true), VAN);
        assertThat(mixed.quietShare()).isCloseTo(0.5, within(1e-12));
        assertThat(FootprintCalculator.calculate(SET, List.of(VAN.withQuiet(true))).flows().getFirst().quietShare())
                .isEqualTo(1.0);
    }
}
