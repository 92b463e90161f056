package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plug-in hybrid burns fuel and is charged from the grid: both count (decision 062). The test
 * set's diesel is 0.5 + 2.5 kg CO2e a litre, its grid 0.3 kg a kWh; an N1 diesel van uses 0.025 to
 * 0.21 l/km, an N1 battery van 0.09 to 0.525 kWh/km.
 */
class PlugInHybridTest {

    private static final double KM = 20_000;

    private static Flow van(double litres) {
        return new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, KM, null, litres,
                EnergyUnit.LITRE, null, null, false);
    }

    private static Flow plugIn(double litres, Double kwh) {
        return van(litres).withCvd(CvdDeclaration.plugInHybrid(40, 60)).withElectricity(kwh);
    }

    @Test
    void a_plug_in_hybrid_counts_its_grid_electricity_beside_its_fuel_in_well_to_tank_and_not_at_the_tailpipe() {
        FootprintResult r = FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(plugIn(300, 2_400.0)));
        FlowResult flow = r.flows().getFirst();
        assertThat(flow.co2eWttKg()).isCloseTo(300 * 0.5 + 2_400 * 0.3, within(1e-9));
        assertThat(flow.co2eTtwKg()).isCloseTo(300 * 2.5, within(1e-9));
        assertThat(flow.co2eWtwKg()).isCloseTo(1_620, within(1e-9));
        assertThat(flow.energy()).as("the fuel, in its unit").isEqualTo(300.0);
        assertThat(flow.gridElectricityKwh()).isEqualTo(2_400.0);
        assertThat(r.total().gridElectricityKwh()).isEqualTo(2_400.0);
        assertThat(flow.zeroEmissionShare()).as("no km of a hybrid counts as zero-emission").isZero();
    }

    @Test
    void more_grid_electricity_never_lowers_the_footprint() {
        double less = FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(plugIn(300, 2_000.0)))
                .total().co2eWtwKg();
        double more = FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(plugIn(300, 3_000.0)))
                .total().co2eWtwKg();
        assertThat(more).isGreaterThan(less);
    }

    @Test
    void a_total_without_plug_in_hybrids_has_no_grid_electricity_and_with_one_sums_only_theirs() {
        FootprintResult none = FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(van(2_000)));
        assertThat(none.total().gridElectricityKwh()).isNull();
        FootprintResult mixed = FootprintCalculator.calculate(FootprintCalculatorTest.SET,
                List.of(van(2_000), plugIn(300, 2_400.0), plugIn(400, 2_000.0)));
        assertThat(mixed.total().gridElectricityKwh()).isEqualTo(4_400.0);
        assertThat(mixed.flows().getFirst().gridElectricityKwh()).isNull();
    }

    @Test
    void a_plug_in_hybrid_without_its_grid_electricity_is_refused_by_that_field() {
        assertThat(refusal(van(300).withCvd(CvdDeclaration.plugInHybrid(40, 60))))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.plug-in-electricity-required");
    }

    @Test
    void grid_electricity_declared_for_a_vehicle_that_is_no_plug_in_hybrid_is_refused() {
        assertThat(refusal(van(2_000).withElectricity(1_000.0)))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.electricity-only-for-plug-in");
    }

    @Test
    void a_plug_in_hybrids_low_fuel_is_accepted_with_its_electricity_and_refused_for_a_plain_van() {
        assertThat(refusal(van(300))).containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-range");
        assertThat(FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(plugIn(300, 2_400.0))).flows())
                .hasSize(1);
    }

    @Test
    void fuel_and_electricity_too_little_for_the_distance_are_refused() {
        // 100 l is a fifth of the most frugal van's fuel for 20,000 km, 600 kWh a third of its electricity
        assertThat(refusal(plugIn(100, 600.0)))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.plug-in-too-little");
        assertThat(refusal(plugIn(0, 0.0)))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.plug-in-too-little");
    }

    @Test
    void more_electricity_or_fuel_than_any_van_uses_is_refused() {
        assertThat(refusal(plugIn(300, 12_000.0)))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.plug-in-electricity-above");
        assertThat(refusal(plugIn(5_000, 2_400.0)))
                .containsEntry("flows[0].fuelPerYear", "validation.footprint.plug-in-fuel-above");
    }

    @Test
    void a_plug_in_hybrid_charged_from_the_grid_needs_its_distance_not_km_read_from_its_fuel() {
        Flow noDistance = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, null, null, 300.0,
                EnergyUnit.LITRE, null, null, false).withCvd(CvdDeclaration.plugInHybrid(40, 60)).withElectricity(2_400.0);
        assertThat(refusal(noDistance))
                .containsEntry("flows[0].vehicleKmPerYear", "validation.footprint.plug-in-distance-needed");
    }

    @Test
    void without_a_distance_a_plug_in_hybrids_energy_use_keeps_the_whole_range_so_its_km_cannot_be_blown_up() {
        // 30,000 l at 0.01 l/km would be 3,000,000 km of a truck, and its CO2e per tonne-km a hundredth of the truth
        Flow truck = new Flow(VehicleCategory.N3, EnergyCarrier.DIESEL, null, null, null, null, 0.01, 30_000.0,
                EnergyUnit.LITRE, 10.0, 20, false).withCvd(CvdDeclaration.plugInHybrid(40, 60)).withElectricity(0.0);
        assertThat(refusal(truck)).containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-range");
    }

    @Test
    void grid_electricity_over_no_distance_is_refused() {
        Flow parked = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 0.0, null, 0.0,
                EnergyUnit.LITRE, null, null, false).withCvd(CvdDeclaration.plugInHybrid(40, 60)).withElectricity(5_000.0);
        assertThat(refusal(parked))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.electricity-without-distance");
    }

    @Test
    void the_data_quality_statement_counts_the_grid_electricity_as_the_suppliers_figure_beside_a_default_fuel() {
        // the van's default 0.1 l/km: 2,000 l, 6,000 kg; the declared 2,400 kWh: 720 kg
        Flow byDistance = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, KM, null, null, null,
                null, null, false).withCvd(CvdDeclaration.plugInHybrid(40, 60)).withElectricity(2_400.0);
        DataQuality q = FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(byDistance)).dataQuality();
        assertThat(q.defaultShare()).isCloseTo(6_000 / 6_720.0, within(1e-12));
        assertThat(q.declaredShare()).isCloseTo(720 / 6_720.0, within(1e-12));
        assertThat(q.measuredShare()).isZero();

        Flow measured = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, KM, null, 300.0,
                EnergyUnit.LITRE, null, null, true).withCvd(CvdDeclaration.plugInHybrid(40, 60)).withElectricity(2_400.0);
        assertThat(FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(measured)).dataQuality()
                .measuredShare()).isEqualTo(1.0);
    }

    @Test
    void a_battery_vehicle_declared_a_plug_in_hybrid_is_refused() {
        Flow battery = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 100, 10)
                .withCvd(CvdDeclaration.plugInHybrid(0, 0)).withElectricity(300.0);
        assertThat(refusal(battery)).containsEntry("flows[0].cvd.plugInHybrid", "validation.footprint.plug-in-on-fuel");
    }

    @Test
    void absurd_grid_electricity_is_refused_as_a_number() {
        assertThat(refusal(plugIn(300, Double.POSITIVE_INFINITY)))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.number");
        assertThat(refusal(plugIn(300, -1.0)))
                .containsEntry("flows[0].electricityPerYearKwh", "validation.footprint.negative");
    }

    private static Map<String, String> refusal(Flow flow) {
        try {
            FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(flow));
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected a refusal");
    }
}
