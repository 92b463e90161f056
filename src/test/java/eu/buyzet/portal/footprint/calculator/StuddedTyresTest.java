package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Studded tyres' road wear on the declared share of a flow's km (decision 049), worked by hand with
 * {@link TestFactorSets#airPollutants()}: N1 wear PM2.5 tyre 0.007, brake 0.004, road 0.004 and on
 * studded tyres 0.01 g/km; PM10 0.01, 0.011, 0.0075 and 0.2 g/km.
 */
class StuddedTyresTest {

    private static final FactorSet SET = TestFactorSets.airPollutants();
    private static final Flow BATTERY_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 10)
            .withEnergyPerKm(0.2);

    private static FlowResult one(FactorSet set, Flow flow) {
        return FootprintCalculator.calculate(set, List.of(flow)).flows().getFirst();
    }

    @Test
    void on_the_studded_share_of_the_km_the_studded_road_wear_stands_in_for_the_ordinary() {
        FlowResult half = one(SET, BATTERY_VAN.withStuddedTyres(50.0));
        assertThat(half.pmNonExhaustG()).isCloseTo(10_000 * (0.007 + 0.004 + 0.5 * 0.004 + 0.5 * 0.01), within(1e-9));
        assertThat(half.pm10NonExhaustG()).isCloseTo(10_000 * (0.01 + 0.011 + 0.5 * 0.0075 + 0.5 * 0.2), within(1e-9));
        assertThat(half.pmG()).isEqualTo(half.pmNonExhaustG());
        assertThat(half.noxG()).isZero();
        assertThat(half.co2eWtwKg()).isEqualTo(one(SET, BATTERY_VAN).co2eWtwKg());
    }

    @Test
    void no_studded_share_computes_exactly_what_a_flow_without_the_field_did() {
        FlowResult before = one(SET, BATTERY_VAN);
        assertThat(one(SET, BATTERY_VAN.withStuddedTyres(0.0))).isEqualTo(before);
        assertThat(before.pmNonExhaustG()).isCloseTo(10_000 * 0.015, within(1e-9));
    }

    @Test
    void more_km_on_studs_never_lowers_the_particles_where_studs_wear_the_road_more() {
        double pm10 = -1;
        for (double percent = 0; percent <= 100; percent += 12.5) {
            FlowResult r = one(SET, BATTERY_VAN.withStuddedTyres(percent));
            assertThat(r.pm10NonExhaustG()).as(percent + " %").isGreaterThanOrEqualTo(pm10);
            pm10 = r.pm10NonExhaustG();
        }
        assertThat(pm10).isCloseTo(10_000 * (0.01 + 0.011 + 0.2), within(1e-9));
    }

    @Test
    void a_set_without_a_studded_figure_leaves_a_studded_flows_particles_not_covered_never_counted_without() {
        Map<FactorSet.WearKey, FactorSet.WearFactors> ordinary = SET.wear().entrySet().stream()
                .filter(e -> e.getKey().source() != WearSource.ROAD_STUDDED)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        FactorSet without = new FactorSet(SET.id(), SET.name(), SET.version(), SET.validFrom(), SET.boundary(),
                SET.gwpBasis(), SET.electricityBasis(), SET.carriers(), SET.vehicles(), SET.exhaust(), ordinary,
                SET.defaultEuroClass());
        FlowResult studded = one(without, BATTERY_VAN.withStuddedTyres(10.0));
        assertThat(studded.pmNonExhaustG()).isNull();
        assertThat(studded.pm10NonExhaustG()).isNull();
        assertThat(studded.pmG()).isNull();
        assertThat(one(without, BATTERY_VAN.withStuddedTyres(0.0)).pmNonExhaustG()).isCloseTo(150, within(1e-9));
    }

    @Test
    void a_share_outside_0_to_100_percent_or_not_a_number_is_refused_next_to_the_field() {
        assertThat(errors(BATTERY_VAN.withStuddedTyres(100.5)))
                .containsEntry("flows[0].studdedTyresPercent", "validation.footprint.percent");
        assertThat(errors(BATTERY_VAN.withStuddedTyres(-1.0)))
                .containsEntry("flows[0].studdedTyresPercent", "validation.footprint.percent");
        assertThat(errors(BATTERY_VAN.withStuddedTyres(Double.NaN)))
                .containsEntry("flows[0].studdedTyresPercent", "validation.footprint.number");
    }

    private static Map<String, String> errors(@Nullable Flow flow) {
        try {
            FootprintCalculator.calculate(SET, java.util.Collections.singletonList(flow));
            throw new AssertionError("expected a refusal");
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
    }
}
