package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.ValidationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The scenario against the footprint calculator: every planned year is the calculator's own result. */
class ScenarioCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** Vans and refuse trucks, each with a battery-electric default. */
    private static final FactorSet BOTH = factors(true);
    /** The same without a battery-electric default for trucks over 12 t, as the shipped sets are. */
    private static final FactorSet NO_TRUCK_BATTERY = factors(false);

    private static final Flow VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 10);
    private static final Flow TRUCKS = new Flow(VehicleCategory.N3, EnergyCarrier.DIESEL, "Euro VI", null, null,
            20_000.0, null, null, null, 8.0, 2, false);
    private static final List<Flow> AREA = List.of(VANS, TRUCKS);

    @Test
    void a_plan_that_changes_nothing_reproduces_the_baseline_exactly() {
        ScenarioResult r = compute(BOTH, AREA, 1000.0, List.of(new ScenarioYear(2027, 0, 0, 0)));

        assertThat(r.years().getFirst()).isEqualTo(atYear(r.baseline(), 2027));
        FlowResult direct = FootprintCalculator.calculate(BOTH, AREA).total();
        assertThat(r.baseline().co2eWtwKg()).isEqualTo(direct.co2eWtwKg());
        assertThat(r.baseline().co2eTailpipeKg()).isEqualTo(direct.co2eTtwKg());
        assertThat(r.baseline().noxG()).isEqualTo(direct.noxG());
        assertThat(r.baseline().trips()).isEqualTo(1000.0);
        assertThat(r.baseline().year()).isEqualTo(2025);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void a_vans_load_moved_to_cargo_bikes_is_what_a_bike_can_carry_and_the_year_is_computed() {
        Flow heavyVans = VANS.withLoad(2.0, null, null, null);
        ScenarioFigures y = compute(BOTH, List.of(heavyVans), null, List.of(new ScenarioYear(2028, 0, 0, 50))).years()
                .getFirst();
        assertThat(y.vehicleKm()).isCloseTo(10_000, within(1e-6));
    }

    @Test
    void a_fully_zero_emission_year_has_no_tailpipe_emissions_and_no_nox() {
        ScenarioFigures y = compute(BOTH, AREA, 1000.0, List.of(new ScenarioYear(2030, 100, 0, 0))).years().getFirst();

        assertThat(y.co2eTailpipeKg()).isZero();
        assertThat(y.noxG()).isZero();
        assertThat(y.zeroEmissionSharePercent()).isEqualTo(100);
        assertThat(y.cvdCleanSharePercent()).isEqualTo(100);
        assertThat(y.vehicleKm()).isCloseTo(30_000, within(1e-6));
        // the electricity is still produced somewhere: well-to-tank remains
        assertThat(y.co2eWtwKg()).isPositive();
    }

    @Test
    void each_year_equals_the_calculator_on_the_flows_worked_out_by_hand() {
        ScenarioFigures y = compute(BOTH, AREA, 1000.0, List.of(new ScenarioYear(2028, 50, 20, 25))).years()
                .getFirst();

        // 20 % fewer trips: 800 van trips, 16,000 truck km; a quarter of the van trips by cargo bike:
        // 600 by van, 200 by bike. 24,000 km, 2,000 of them zero-emission; half is 12,000, so
        // 10,000 of the 22,000 combustion km move to battery: 5/11 of each combustion flow.
        double moved = 5.0 / 11;
        List<Flow> byHand = List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 600 * (1 - moved), 10),
                Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 600 * moved, 10),
                new Flow(VehicleCategory.N3, EnergyCarrier.DIESEL, null, null, null, 16_000 * (1 - moved), null, null,
                        null, 8.0, 2, false),
                new Flow(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, null, null, null, 16_000 * moved, null,
                        null, null, 8.0, 2, false),
                Flow.distance(VehicleCategory.L, EnergyCarrier.HUMAN_POWERED, 200, 10));
        FlowResult expected = FootprintCalculator.calculate(BOTH, byHand).total();

        assertThat(y.vehicleKm()).isCloseTo(expected.vehicleKm(), within(1e-6));
        assertThat(y.co2eWtwKg()).isCloseTo(expected.co2eWtwKg(), within(1e-6));
        assertThat(y.co2eTailpipeKg()).isCloseTo(expected.co2eTtwKg(), within(1e-6));
        assertThat(y.noxG()).isCloseTo(expected.noxG(), within(1e-6));
        assertThat(y.pmG()).isCloseTo(expected.pmG(), within(1e-6));
        assertThat(y.zeroEmissionSharePercent()).isCloseTo(50, within(1e-9));
        // motorised trips: 800 less the 200 by bike
        assertThat(y.trips()).isCloseTo(600, within(1e-9));
        // the bike is outside the Clean Vehicles Directive: 10,000 of 22,000 covered km are clean
        assertThat(y.cvdCleanSharePercent()).isCloseTo(100.0 * 10_000 / 22_000, within(1e-9));
    }

    @Test
    void trucks_without_a_battery_default_stay_on_diesel_and_the_result_says_so() {
        ScenarioResult r = compute(NO_TRUCK_BATTERY, AREA, 1000.0, List.of(new ScenarioYear(2030, 100, 0, 0)));
        ScenarioFigures y = r.years().getFirst();

        assertThat(r.notes()).containsExactly(
                new ScenarioNote(2030, ScenarioNote.Kind.NO_BATTERY_DEFAULT, VehicleCategory.N3, 20_000));
        // the vans went electric; the trucks' tailpipe is what remains
        double trucksOnly = FootprintCalculator.calculate(NO_TRUCK_BATTERY, List.of(TRUCKS)).total().co2eTtwKg();
        assertThat(y.co2eTailpipeKg()).isCloseTo(trucksOnly, within(1e-6));
        assertThat(y.zeroEmissionSharePercent()).isCloseTo(100.0 * 10_000 / 30_000, within(1e-9));
    }

    @Test
    void nox_and_pm_not_covered_stay_not_covered_in_every_year() {
        // a 7-tonne truck the factor set has no pollutant figures for, on a declared energy use
        Flow uncovered = new Flow(VehicleCategory.N2, EnergyCarrier.DIESEL, null, null, null, 5_000.0, 0.2, null, null,
                null, null, false);
        ScenarioResult r = compute(BOTH, List.of(VANS, uncovered), null,
                List.of(new ScenarioYear(2027, 0, 0, 0), new ScenarioYear(2028, 40, 10, 10)));

        assertThat(r.baseline().noxG()).isNull();
        assertThat(r.baseline().pmG()).isNull();
        assertThat(r.years()).allSatisfy(y -> {
            assertThat(y.noxG()).isNull();
            assertThat(y.pmG()).isNull();
        });
    }

    @Test
    void without_trips_in_the_mapping_no_year_has_trips() {
        ScenarioResult r = compute(BOTH, AREA, null, List.of(new ScenarioYear(2027, 10, 10, 10)));

        assertThat(r.baseline().trips()).isNull();
        assertThat(r.years().getFirst().trips()).isNull();
    }

    @Test
    void trips_follow_the_distance_where_no_flow_declares_trips() {
        ScenarioFigures y = compute(BOTH, List.of(TRUCKS), 500.0, List.of(new ScenarioYear(2027, 0, 30, 0)))
                .years().getFirst();

        assertThat(y.trips()).isCloseTo(350, within(1e-9));
        assertThat(y.vehicleKm()).isCloseTo(14_000, within(1e-6));
    }

    @Test
    void zero_emission_km_are_never_moved_back_to_combustion() {
        Flow electricVans = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 3000, 10);
        ScenarioResult r = compute(BOTH, List.of(VANS, electricVans), 4000.0,
                List.of(new ScenarioYear(2027, 20, 0, 0)));

        assertThat(r.years().getFirst()).isEqualTo(atYear(r.baseline(), 2027));
        assertThat(r.years().getFirst().zeroEmissionSharePercent()).isEqualTo(75);
    }

    @Test
    void a_flow_declared_by_its_fuel_alone_is_split_by_the_distance_it_stands_for() {
        // 100 litres at the default 0.1 l/km: 1,000 km
        Flow byFuel = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, null, null, 100.0,
                EnergyUnit.LITRE, null, null, true);
        ScenarioFigures y = compute(BOTH, List.of(byFuel), null, List.of(new ScenarioYear(2027, 50, 0, 0))).years()
                .getFirst();

        FlowResult expected = FootprintCalculator.calculate(BOTH, List.of(
                byFuel.withFuel(50.0, EnergyUnit.LITRE),
                new Flow(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, null, null, null, 500.0, null, null, null,
                        null, null, false))).total();
        assertThat(y.vehicleKm()).isCloseTo(1000, within(1e-6));
        assertThat(y.co2eWtwKg()).isCloseTo(expected.co2eWtwKg(), within(1e-6));
        assertThat(y.zeroEmissionSharePercent()).isCloseTo(50, within(1e-9));
    }

    @Test
    void cargo_bikes_with_no_vans_or_cars_to_replace_move_nothing_and_say_so() {
        ScenarioResult r = compute(BOTH, List.of(TRUCKS), null, List.of(new ScenarioYear(2027, 0, 0, 30)));

        assertThat(r.years().getFirst()).isEqualTo(atYear(r.baseline(), 2027));
        assertThat(r.notes()).containsExactly(new ScenarioNote(2027, ScenarioNote.Kind.NO_LIGHT_VEHICLES, null, 0));
    }

    @Test
    void minibuses_carry_passengers_so_no_cargo_bike_takes_their_rounds() {
        Flow minibuses = new Flow(VehicleCategory.M2, EnergyCarrier.DIESEL, null, null, null, 20_000.0, 0.15, null,
                null, null, 2, false);
        ScenarioResult r = compute(BOTH, List.of(minibuses), null, List.of(new ScenarioYear(2027, 0, 0, 30)));

        assertThat(r.years().getFirst()).isEqualTo(atYear(r.baseline(), 2027));
        assertThat(r.notes()).containsExactly(new ScenarioNote(2027, ScenarioNote.Kind.NO_LIGHT_VEHICLES, null, 0));
    }

    @Test
    void a_plan_that_removes_every_trip_computes_to_nothing() {
        ScenarioFigures y = compute(BOTH, AREA, 1000.0, List.of(new ScenarioYear(2030, 100, 100, 100))).years()
                .getFirst();

        assertThat(y.vehicleKm()).isZero();
        assertThat(y.co2eWtwKg()).isZero();
        assertThat(y.trips()).isZero();
    }

    @Test
    void the_result_names_the_factor_set_and_the_day_it_was_computed() {
        ScenarioResult r = compute(BOTH, AREA, null, List.of());

        assertThat(r.factorSetId()).isEqualTo("scenario-test");
        assertThat(r.factorSetName()).isEqualTo("Scenario test");
        assertThat(r.factorSetVersion()).isEqualTo("1");
        assertThat(r.computedOn()).isEqualTo(TODAY);
        assertThat(r.years()).isEmpty();
    }

    @Test
    void shares_outside_0_to_100_and_years_out_of_order_are_refused_each_under_its_field() {
        List<ScenarioYear> plan = List.of(new ScenarioYear(2025, 101, -1, Double.NaN), new ScenarioYear(2028, 0, 0, 0),
                new ScenarioYear(2028, 0, 0, 0), new ScenarioYear(2027, 0, 0, 0));

        assertThatThrownBy(() -> compute(BOTH, AREA, null, plan)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.fieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            "scenario[0].zeroEmissionSharePercent", "validation.strategy.percent",
                            "scenario[0].tripReductionPercent", "validation.strategy.percent",
                            "scenario[0].cargoBikeSharePercent", "validation.strategy.percent",
                            "scenario[0].year", "validation.strategy.year-after-baseline",
                            "scenario[2].year", "validation.strategy.year-twice",
                            "scenario[3].year", "validation.strategy.year-order"));
                    assertThat(e.arguments("scenario[0].year")).containsExactly(2025);
                });
    }

    @Test
    void exactly_0_and_100_percent_are_accepted() {
        assertThat(compute(BOTH, AREA, null, List.of(new ScenarioYear(2026, 0, 100, 0),
                new ScenarioYear(2027, 100, 0, 100))).years()).hasSize(2);
    }

    @Property(tries = 200)
    void a_higher_zero_emission_share_never_raises_the_tailpipe(@ForAll @DoubleRange(max = 100) double lower,
                                                                 @ForAll @DoubleRange(max = 100) double higher,
                                                                 @ForAll @DoubleRange(max = 100) double fewerTrips,
                                                                 @ForAll @DoubleRange(max = 100) double bikes) {
        double a = Math.min(lower, higher);
        double b = Math.max(lower, higher);
        for (FactorSet set : List.of(BOTH, NO_TRUCK_BATTERY)) {
            ScenarioResult r = compute(set, AREA, 1000.0, List.of(new ScenarioYear(2027, a, fewerTrips, bikes),
                    new ScenarioYear(2028, b, fewerTrips, bikes)));
            assertThat(r.years().get(1).co2eTailpipeKg())
                    .isLessThanOrEqualTo(r.years().get(0).co2eTailpipeKg() + 1e-9);
        }
    }

    @Property(tries = 200)
    void fewer_trips_scale_every_figure_linearly(@ForAll @DoubleRange(max = 100) double reduction) {
        ScenarioResult r = compute(BOTH, AREA, 1000.0, List.of(new ScenarioYear(2027, 0, reduction, 0)));
        ScenarioFigures base = r.baseline();
        ScenarioFigures y = r.years().getFirst();
        double keep = 1 - reduction / 100;

        assertThat(y.trips()).isCloseTo(1000 * keep, within(1e-6));
        assertThat(y.vehicleKm()).isCloseTo(base.vehicleKm() * keep, within(1e-6));
        assertThat(y.co2eWtwKg()).isCloseTo(base.co2eWtwKg() * keep, within(1e-6));
        assertThat(y.co2eTailpipeKg()).isCloseTo(base.co2eTailpipeKg() * keep, within(1e-6));
        assertThat(y.noxG()).isCloseTo(base.noxG() * keep, within(1e-6));
        assertThat(y.zeroEmissionSharePercent()).isEqualTo(base.zeroEmissionSharePercent());
    }

    @Property(tries = 200)
    void the_planned_zero_emission_share_is_the_computed_one_where_every_vehicle_has_a_battery_default(
            @ForAll @DoubleRange(max = 100) double share, @ForAll @DoubleRange(max = 100) double bikes) {
        ScenarioFigures y = compute(BOTH, AREA, 1000.0, List.of(new ScenarioYear(2027, share, 0, bikes))).years()
                .getFirst();

        // cargo bikes count as zero-emission km, so the share may already be above the plan
        assertThat(y.zeroEmissionSharePercent()).isGreaterThanOrEqualTo(share - 1e-9);
        assertThat(y.vehicleKm()).isCloseTo(30_000, within(1e-6));
    }

    private static ScenarioResult compute(FactorSet set, List<Flow> flows, Double trips, List<ScenarioYear> plan) {
        return ScenarioCalculator.compute(set, flows, trips, 2025, plan, TODAY);
    }

    private static ScenarioFigures atYear(ScenarioFigures f, int year) {
        return new ScenarioFigures(year, f.trips(), f.vehicleKm(), f.co2eWtwKg(), f.co2eTailpipeKg(), f.noxG(), f.pmG(),
                f.zeroEmissionSharePercent(), f.cvdCleanSharePercent());
    }

    /** Round figures, so that a year can be worked out by hand. */
    private static FactorSet factors(boolean truckBattery) {
        Map<FactorSet.VehicleKey, FactorSet.VehicleFactors> vehicles = new HashMap<>();
        vehicle(vehicles, VehicleCategory.N1, EnergyCarrier.DIESEL, 0.1, 0.2, 0.01, 0.005);
        vehicle(vehicles, VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 0.3, null, null, 0.006);
        vehicle(vehicles, VehicleCategory.N3, EnergyCarrier.DIESEL, 0.4, 1.5, 0.03, 0.02);
        if (truckBattery) {
            vehicle(vehicles, VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, 1.3, null, null, 0.025);
        }
        return new FactorSet("scenario-test", "Scenario test", "1", LocalDate.of(2025, 1, 1), "WTW", "GWP100",
                "location-based",
                Map.of(EnergyCarrier.DIESEL, new FactorSet.CarrierFactors(EnergyCarrier.DIESEL, of(0.6), of(2.5)),
                        EnergyCarrier.BATTERY_ELECTRIC, new FactorSet.CarrierFactors(EnergyCarrier.BATTERY_ELECTRIC,
                                of(0.02), of(0))),
                vehicles);
    }

    private static void vehicle(Map<FactorSet.VehicleKey, FactorSet.VehicleFactors> into, VehicleCategory category,
                                EnergyCarrier carrier, double energy, Double nox, Double pmExhaust,
                                Double pmNonExhaust) {
        FactorSet.VehicleKey key = new FactorSet.VehicleKey(category, carrier);
        into.put(key, new FactorSet.VehicleFactors(key, of(energy), nox == null ? null : of(nox),
                pmExhaust == null ? null : of(pmExhaust), of(pmNonExhaust)));
    }

    private static Sourced of(double value) {
        return new Sourced(value, "test figure");
    }
}
