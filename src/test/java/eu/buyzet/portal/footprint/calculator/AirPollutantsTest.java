package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Worked by hand with {@link TestFactorSets#airPollutants()}: N1 diesel Euro 6 NOx 0.1 and PM2.5
 * 0.002 g/km, Euro 4 (the set's default) 0.5 and 0.03 g/km; N1 wear PM2.5 0.007 + 0.004 + 0.004
 * = 0.015 g/km and PM10 0.01 + 0.011 + 0.0075 = 0.0285 g/km.
 */
class AirPollutantsTest {

    private static final FactorSet SET = TestFactorSets.airPollutants();

    private static FlowResult one(VehicleCategory category, EnergyCarrier carrier, @Nullable String euroClass) {
        Flow flow = new Flow(category, carrier, euroClass, null, null, 10_000.0, null, null, null, null, null, false);
        return FootprintCalculator.calculate(SET, List.of(flow.withEnergyPerKm(energyPerKm(carrier)))).flows().getFirst();
    }

    private static double energyPerKm(EnergyCarrier carrier) {
        return carrier == EnergyCarrier.BATTERY_ELECTRIC ? 0.2 : carrier == EnergyCarrier.HYDROGEN ? 0.01 : 0.09;
    }

    @Test
    void a_euro_6_van_gets_its_stages_exhaust_figures_plus_wear() {
        FlowResult r = one(VehicleCategory.N1, EnergyCarrier.DIESEL, "Euro 6");
        assertThat(r.noxG()).isCloseTo(10_000 * 0.1, within(1e-9));
        assertThat(r.pmExhaustG()).isCloseTo(10_000 * 0.002, within(1e-9));
        assertThat(r.pmNonExhaustG()).isCloseTo(10_000 * 0.015, within(1e-9));
        assertThat(r.pmG()).isCloseTo(20 + 150, within(1e-9));
        assertThat(r.pm10NonExhaustG()).isCloseTo(285, within(1e-9));
        assertThat(r.euroClass()).isEqualTo(EuroClass.EURO_6);
        assertThat(r.euroClassAssumed()).isFalse();
    }

    @Test
    void a_euro_iv_van_written_in_roman_numerals_gets_the_euro_4_figures() {
        FlowResult r = one(VehicleCategory.N1, EnergyCarrier.DIESEL, "Euro IV");
        assertThat(r.noxG()).isCloseTo(5_000, within(1e-9));
        assertThat(r.pmExhaustG()).isCloseTo(300, within(1e-9));
        assertThat(r.pmG()).isCloseTo(300 + 150, within(1e-9));
        assertThat(r.euroClassAssumed()).isFalse();
    }

    @Test
    void a_van_without_a_recognised_class_takes_the_sets_default_class_and_says_so() {
        for (String unknown : new String[] {null, "", "Euro 7"}) {
            FlowResult r = one(VehicleCategory.N1, EnergyCarrier.DIESEL, unknown);
            assertThat(r.euroClass()).as(unknown).isEqualTo(EuroClass.EURO_4);
            assertThat(r.euroClassAssumed()).as(unknown).isTrue();
            assertThat(r.noxG()).as(unknown).isCloseTo(5_000, within(1e-9));
        }
    }

    @Test
    void a_battery_van_has_no_exhaust_but_still_wears_tyres_brakes_and_road() {
        FlowResult r = one(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, "Euro 6");
        assertThat(r.noxG()).isZero();
        assertThat(r.pmExhaustG()).isZero();
        assertThat(r.pmNonExhaustG()).isCloseTo(150, within(1e-9));
        assertThat(r.pmG()).isCloseTo(150, within(1e-9)).isPositive();
        assertThat(r.pm10NonExhaustG()).isCloseTo(285, within(1e-9));
        assertThat(r.euroClass()).as("no tailpipe, no stage").isNull();
        assertThat(r.euroClassAssumed()).isFalse();
    }

    @Test
    void a_hydrogen_van_has_no_exhaust_either() {
        FlowResult r = one(VehicleCategory.N1, EnergyCarrier.HYDROGEN, null);
        assertThat(r.noxG()).isZero();
        assertThat(r.pmG()).isCloseTo(150, within(1e-9));
    }

    @Test
    void a_stage_the_set_has_no_figures_for_is_not_covered_while_wear_still_counts() {
        FlowResult r = one(VehicleCategory.N1, EnergyCarrier.DIESEL, "Euro 5");
        assertThat(r.euroClass()).isEqualTo(EuroClass.EURO_5);
        assertThat(r.noxG()).isNull();
        assertThat(r.pmExhaustG()).isNull();
        assertThat(r.pmG()).as("exhaust unknown, so the sum is unknown").isNull();
        assertThat(r.pmNonExhaustG()).isCloseTo(150, within(1e-9));
    }

    @Test
    void a_vehicle_without_wear_figures_is_not_covered_even_on_a_battery() {
        FlowResult r = one(VehicleCategory.M1, EnergyCarrier.BATTERY_ELECTRIC, null);
        assertThat(r.noxG()).isZero();
        assertThat(r.pmNonExhaustG()).isNull();
        assertThat(r.pmG()).isNull();
    }

    @Test
    void totals_sum_each_part_and_a_part_not_covered_in_any_flow_is_not_covered_in_the_total() {
        Flow diesel = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, "Euro 6", null, null, 10_000.0, 0.09, null,
                null, null, null, false);
        Flow battery = new Flow(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, null, null, null, 10_000.0, 0.2,
                null, null, null, null, false);
        FlowResult total = FootprintCalculator.calculate(SET, List.of(diesel, battery)).total();
        assertThat(total.noxG()).isCloseTo(1_000, within(1e-9));
        assertThat(total.pmExhaustG()).isCloseTo(20, within(1e-9));
        assertThat(total.pmNonExhaustG()).isCloseTo(300, within(1e-9));
        assertThat(total.pmG()).isCloseTo(320, within(1e-9));
        assertThat(total.pm10NonExhaustG()).isCloseTo(570, within(1e-9));
        assertThat(total.euroClass()).as("the one class the flows with a tailpipe share").isEqualTo(EuroClass.EURO_6);
        assertThat(total.euroClassAssumed()).isFalse();

        Flow euro5 = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, "Euro V", null, null, 1_000.0, 0.09, null,
                null, null, null, false);
        FlowResult partly = FootprintCalculator.calculate(SET, List.of(diesel, euro5)).total();
        assertThat(partly.noxG()).isNull();
        assertThat(partly.pmG()).isNull();
        assertThat(partly.pmNonExhaustG()).isCloseTo(150 + 15, within(1e-9));
        assertThat(partly.euroClass()).as("two classes: none names the total").isNull();

        Flow unknown = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 1_000.0, 0.09, null,
                null, null, null, false);
        FlowResult assumed = FootprintCalculator.calculate(SET, List.of(diesel, unknown)).total();
        assertThat(assumed.euroClassAssumed()).isTrue();
        assertThat(assumed.noxG()).isCloseTo(1_000 + 500, within(1e-9));
    }

    @Test
    void a_set_without_figures_by_stage_names_no_stage_and_keeps_its_figures_per_vehicle() {
        FlowResult r = FootprintCalculator.calculate(TestFactorSets.simple(), List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10))).total();
        assertThat(r.euroClass()).isNull();
        assertThat(r.euroClassAssumed()).isFalse();
        assertThat(r.noxG()).isCloseTo(1_000 * 0.2, within(1e-9));
        assertThat(r.pmExhaustG()).isCloseTo(1_000 * 0.01, within(1e-9));
        assertThat(r.pmNonExhaustG()).as("the simple set has no wear figures").isNull();
        assertThat(r.pmG()).isNull();
    }
}
