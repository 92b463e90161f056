package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataQualityTest {

    private static final FactorSet SET = TestFactorSets.simple();

    private static Flow measuredFuel(double litres, double km) {
        return new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, km, null, litres, EnergyUnit.LITRE,
                null, null, true);
    }

    @Test
    void shares_of_default_declared_and_measured_figures_are_weighted_by_the_co2e_they_carry() {
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 10),
                Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 10).withEnergyPerKm(0.1),
                measuredFuel(2000, 20_000)));
        assertThat(r.flows()).extracting(FlowResult::energyData)
                .containsExactly(EnergyData.DEFAULT, EnergyData.DECLARED, EnergyData.MEASURED);
        DataQuality q = r.dataQuality();
        assertThat(q).isNotNull();
        assertThat(q.defaultShare()).isCloseTo(0.25, within(1e-12));
        assertThat(q.declaredShare()).isCloseTo(0.25, within(1e-12));
        assertThat(q.measuredShare()).isCloseTo(0.5, within(1e-12));
        assertThat(r.total().energyData()).isNull();
    }

    @Test
    void the_measured_flag_is_kept_in_the_result_and_only_where_the_energy_is_the_suppliers_own() {
        Flow measuredButDefault = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, 100.0, 10.0, null, null,
                null, null, null, null, true);
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(measuredButDefault, measuredFuel(100, 1000)));
        assertThat(r.flows()).extracting(FlowResult::energyData)
                .containsExactly(EnergyData.DEFAULT, EnergyData.MEASURED);
    }

    @Test
    void declared_fuel_counts_as_declared_even_when_the_distance_comes_from_the_default_energy_use() {
        Flow fuelOnly = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, null, null, 500.0,
                EnergyUnit.LITRE, null, null, false);
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(fuelOnly));
        assertThat(r.total().energyFromDefault()).isTrue();
        assertThat(r.flows().getFirst().energyData()).isEqualTo(EnergyData.DECLARED);
        assertThat(r.dataQuality()).isEqualTo(new DataQuality(0, 1, 0));
    }

    @Test
    void flows_that_emit_nothing_are_weighted_by_distance_and_the_shares_add_up_to_one() {
        FootprintResult r = FootprintCalculator.calculate(TestFactorSets.everyCarrier(), List.of(
                Flow.distance(VehicleCategory.L, EnergyCarrier.HUMAN_POWERED, 100, 30),
                new Flow(VehicleCategory.L, EnergyCarrier.HUMAN_POWERED, null, 100.0, 10.0, null, null, null, null,
                        null, null, true)));
        DataQuality q = r.dataQuality();
        assertThat(q).isNotNull();
        assertThat(q.declaredShare()).isCloseTo(0.75, within(1e-12));
        assertThat(q.measuredShare()).isCloseTo(0.25, within(1e-12));
        assertThat(q.defaultShare() + q.declaredShare() + q.measuredShare()).isCloseTo(1, within(1e-12));
    }
}
