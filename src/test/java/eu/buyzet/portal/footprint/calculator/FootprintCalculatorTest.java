package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintCalculatorTest {

    static final FactorSet SET = TestFactorSets.simple();

    private static Map<String, String> errors(List<Flow> flows) {
        try {
            FootprintCalculator.calculate(SET, flows);
            throw new AssertionError("expected a refusal");
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
    }

    @Test
    void a_distance_based_flow_takes_the_default_energy_use_and_splits_well_to_wheel() {
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(Flow.distance(VehicleCategory.N1,
                EnergyCarrier.DIESEL, 1000, 12.5)));
        FlowResult total = r.total();
        assertThat(total.vehicleKm()).isEqualTo(12_500);
        assertThat(total.energy()).isCloseTo(1250, within(1e-9));
        assertThat(total.co2eTtwKg()).isCloseTo(1250 * 2.5, within(1e-9));
        assertThat(total.co2eWttKg()).isCloseTo(1250 * 0.5, within(1e-9));
        assertThat(total.co2eWtwKg()).isCloseTo(total.co2eTtwKg() + total.co2eWttKg(), within(1e-9));
        assertThat(total.noxG()).isCloseTo(12_500 * 0.2, within(1e-9));
        assertThat(total.energyFromDefault()).isTrue();
        assertThat(total.cvdClass()).isEqualTo(CvdClass.NEITHER);
        assertThat(r.factorSetId()).isEqualTo("test");
    }

    @Test
    void a_missing_pollutant_factor_is_reported_as_not_covered_never_as_zero() {
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(
                Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 100, 50).withEnergyPerKm(0.3)));
        assertThat(r.total().noxG()).isNull();
        assertThat(r.total().pmG()).isNull();
        assertThat(r.total().co2eWtwKg()).isPositive();
    }

    @Test
    void a_battery_vehicle_on_a_fossil_grid_is_not_zero_well_to_wheel() {
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 10)));
        assertThat(r.total().co2eTtwKg()).isZero();
        assertThat(r.total().co2eWttKg()).isCloseTo(10_000 * 0.4 * 0.3, within(1e-9));
        assertThat(r.total().noxG()).isZero();
        assertThat(r.total().zeroEmissionShare()).isEqualTo(1);
        assertThat(r.total().cvdClass()).isEqualTo(CvdClass.ZERO_EMISSION);
    }

    @Test
    void the_clean_vehicles_directive_class_follows_vehicle_and_fuel() {
        assertThat(CvdClass.of(VehicleCategory.N3, EnergyCarrier.FOSSIL_GAS)).isEqualTo(CvdClass.CLEAN);
        assertThat(CvdClass.of(VehicleCategory.N3, EnergyCarrier.HVO100)).as("feedstock not declared")
                .isEqualTo(CvdClass.NEITHER);
        assertThat(CvdClass.of(VehicleCategory.N1, EnergyCarrier.HVO100)).isEqualTo(CvdClass.NEITHER);
        assertThat(CvdClass.of(VehicleCategory.M2_M3, EnergyCarrier.HYDROGEN)).isEqualTo(CvdClass.ZERO_EMISSION);
        assertThat(CvdClass.of(VehicleCategory.L, EnergyCarrier.HUMAN_POWERED)).isEqualTo(CvdClass.NOT_COVERED);
        assertThat(CvdClass.combined(List.of(CvdClass.ZERO_EMISSION, CvdClass.CLEAN, CvdClass.NOT_COVERED)))
                .isEqualTo(CvdClass.CLEAN);
    }

    @Test
    void a_solution_shows_its_reduction_against_the_baseline_absolute_and_in_percent() {
        FlowResult baseline = FootprintCalculator.calculate(SET, List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 10))).total();
        FlowResult solution = FootprintCalculator.calculate(SET, List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 10))).total();
        Reduction reduction = Reduction.between(baseline, solution);
        assertThat(reduction.co2eWtwKg()).isCloseTo(baseline.co2eWtwKg() - solution.co2eWtwKg(), within(1e-9));
        assertThat(reduction.co2eWtwPercent()).isCloseTo(100 * (3000 - 1200) / 3000.0, within(1e-9));
        assertThat(reduction.noxPercent()).isEqualTo(100.0);
        assertThat(reduction.pmG()).isNull();
    }

    @Test
    void negative_and_missing_values_are_refused_naming_the_field_path() {
        assertThat(errors(List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, -1, 10))))
                .containsEntry("flows[0].tripsPerYear", "validation.footprint.negative");
        Flow noTrips = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, 12.5, null, null, null, null,
                null, null, false);
        assertThat(errors(List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1, 1), noTrips)))
                .containsEntry("flows[1].tripsPerYear", "validation.required");
        Flow nothing = new Flow(null, null, null, null, null, null, null, null, null, null, null, false);
        assertThat(errors(List.of(nothing))).containsEntry("flows[0].vehicleCategory", "validation.required")
                .containsEntry("flows[0].energyCarrier", "validation.required");
        assertThat(errors(List.of())).containsEntry("flows", "validation.footprint.no-flows");
    }

    @Test
    void absurd_values_are_refused_with_a_clear_message() {
        assertThat(errors(List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 250))))
                .containsEntry("flows[0].kmPerTrip", "validation.footprint.absurd-distance");
        assertThat(errors(List.of(Flow.distance(VehicleCategory.L, EnergyCarrier.DIESEL, 100, 5))))
                .containsEntry("flows[0].energyCarrier", "validation.footprint.carrier-not-for-vehicle");
        Flow fuelWithoutKm = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 0.0, null, 500.0,
                EnergyUnit.LITRE, null, null, true);
        assertThat(errors(List.of(fuelWithoutKm)))
                .containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-without-distance");
        Flow wrongUnit = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 1000.0, null, 500.0,
                EnergyUnit.KWH, null, null, true);
        assertThat(errors(List.of(wrongUnit))).containsEntry("flows[0].fuelUnit", "validation.footprint.fuel-unit");
        Flow fleet = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 300_000.0, null, null, null,
                null, 2, false);
        assertThat(FootprintCalculator.calculate(SET, List.of(fleet)).total().vehicleKm()).isEqualTo(300_000);
    }

    @Test
    void a_flow_needing_a_default_the_factor_set_lacks_asks_for_it() {
        assertThat(errors(List.of(Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 100, 50))))
                .containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-needed");
        assertThat(errors(List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.HYDROGEN, 100, 50).withEnergyPerKm(0.01))))
                .containsEntry("flows[0].energyCarrier", "validation.footprint.no-carrier-factor");
    }

    @Test
    void a_fuel_only_flow_derives_its_distance_from_the_default_energy_use() {
        Flow fuel = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, null, null, 1000.0,
                EnergyUnit.LITRE, 0.5, null, true);
        FlowResult r = FootprintCalculator.calculate(SET, List.of(fuel)).total();
        assertThat(r.vehicleKm()).isCloseTo(10_000, within(1e-9));
        assertThat(r.tonneKm()).isCloseTo(5_000, within(1e-9));
        assertThat(r.co2eWtwKg()).isCloseTo(3000, within(1e-9));
        assertThat(r.energyFromDefault()).isTrue();
    }

    @Test
    void the_default_a_form_names_is_the_one_the_calculation_takes_and_where_none_is_named_one_is_asked_for() {
        for (VehicleCategory category : VehicleCategory.values()) {
            for (EnergyCarrier carrier : EnergyCarrier.values()) {
                if (carrier == EnergyCarrier.HUMAN_POWERED || (category == VehicleCategory.L
                        && carrier != EnergyCarrier.BATTERY_ELECTRIC && carrier != EnergyCarrier.PETROL)
                        || SET.carrier(carrier).isEmpty()) {
                    continue;
                }
                List<Flow> flows = List.of(Flow.distance(category, carrier, 100, 10));
                var named = FootprintCalculator.defaultEnergyPerKm(SET, category, carrier);
                if (named.isPresent()) {
                    assertThat(FootprintCalculator.calculate(SET, flows).total().energy())
                            .as(category + " on " + carrier).isCloseTo(1000 * named.get().value(), within(1e-9));
                } else {
                    assertThat(errors(flows)).as(category + " on " + carrier)
                            .containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-needed");
                }
            }
        }
        assertThat(FootprintCalculator.defaultEnergyPerKm(SET, VehicleCategory.N1, EnergyCarrier.DIESEL)).isPresent();
        assertThat(FootprintCalculator.defaultEnergyPerKm(SET, VehicleCategory.N3, EnergyCarrier.DIESEL)).isEmpty();
    }
}
