package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties that hold for every valid declaration, checked on generated flows. */
class FootprintCalculatorProperties {

    private static final FactorSet SET = TestFactorSets.simple();

    @Provide
    Arbitrary<Flow> flows() {
        Arbitrary<EnergyCarrier> carrier = Arbitraries.of(EnergyCarrier.DIESEL, EnergyCarrier.BATTERY_ELECTRIC);
        Arbitrary<Double> trips = Arbitraries.doubles().between(0, 5_000).ofScale(2);
        Arbitrary<Double> km = Arbitraries.doubles().between(0, 39).ofScale(2);
        // declared energy use anywhere in the plausible range of a van on that carrier, or the default
        Arbitrary<Flow> flow = Combinators.combine(carrier, trips, km).as((c, t, k) -> Flow.distance(VehicleCategory.N1,
                c, t, k));
        return flow.flatMap(f -> {
            EnergyUseRanges.Range range = EnergyUseRanges.of(VehicleCategory.N1, f.energyCarrier()).orElseThrow();
            return Arbitraries.doubles().between(range.min(), range.max()).ofScale(4).injectNull(0.5)
                    .map(f::withEnergyPerKm);
        });
    }

    @Provide
    Arbitrary<List<Flow>> flowLists() {
        return flows().list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void the_same_flows_always_give_the_same_result(@ForAll("flowLists") List<Flow> flows) {
        assertThat(FootprintCalculator.calculate(SET, flows)).isEqualTo(FootprintCalculator.calculate(SET, flows));
    }

    @Property
    void well_to_wheel_is_well_to_tank_plus_tank_to_wheel_and_never_negative(
            @ForAll("flowLists") List<Flow> flows) {
        FlowResult total = FootprintCalculator.calculate(SET, flows).total();
        assertThat(total.co2eWtwKg()).isCloseTo(total.co2eWttKg() + total.co2eTtwKg(), within(1e-6));
        assertThat(total.co2eWttKg()).isGreaterThanOrEqualTo(0);
        assertThat(total.co2eTtwKg()).isGreaterThanOrEqualTo(0);
        assertThat(total.zeroEmissionShare()).isBetween(0.0, 1.0);
    }

    @Property
    void the_total_is_the_sum_of_its_flows(@ForAll("flowLists") List<Flow> flows) {
        FootprintResult r = FootprintCalculator.calculate(SET, flows);
        assertThat(r.total().vehicleKm()).isCloseTo(r.flows().stream().mapToDouble(FlowResult::vehicleKm).sum(),
                within(1e-6));
        assertThat(r.total().co2eWtwKg()).isCloseTo(r.flows().stream().mapToDouble(FlowResult::co2eWtwKg).sum(),
                within(1e-6));
    }

    @Property
    void twice_the_trips_give_twice_the_emissions(@ForAll("flows") Flow flow) {
        Flow doubled = new Flow(flow.vehicleCategory(), flow.energyCarrier(), null, flow.tripsPerYear() * 2,
                flow.kmPerTrip(), null, flow.energyPerKm(), null, null, null, 2, false);
        double once = FootprintCalculator.calculate(SET, List.of(flow)).total().co2eWtwKg();
        double twice = FootprintCalculator.calculate(SET, List.of(doubled)).total().co2eWtwKg();
        assertThat(twice).isCloseTo(2 * once, within(1e-6 * Math.max(1, once)));
    }

    @Property
    void any_negative_input_is_refused_never_counted(@ForAll @DoubleRange(min = -1e6, max = -0.01) double negative) {
        Flow flow = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 10, negative);
        try {
            FootprintCalculator.calculate(SET, List.of(flow));
            throw new AssertionError("a negative distance was accepted");
        } catch (eu.buyzet.portal.shared.ValidationException e) {
            assertThat(e.fieldErrors()).containsEntry("flows[0].kmPerTrip", "validation.footprint.negative");
        }
    }

    @Property
    void more_distance_never_lowers_any_figure(@ForAll("flows") Flow flow,
                                               @ForAll @DoubleRange(min = 0, max = 1) double more,
                                               @ForAll @DoubleRange(min = 0, max = 3.5) double payload,
                                               @ForAll @DoubleRange(min = 0, max = 99) double emptyRunning) {
        // as far again as the flow's own km per trip allows within the plausible range (≤ 39 km)
        double km = flow.kmPerTrip() + more * (39 - flow.kmPerTrip());
        Flow loaded = flow.withLoad(payload, null, null, emptyRunning);
        Flow farther = new Flow(flow.vehicleCategory(), flow.energyCarrier(), flow.euroClass(), flow.tripsPerYear(), km,
                null, flow.energyPerKm(), null, null, null, flow.vehicles(), false)
                .withLoad(payload, null, null, emptyRunning);
        FlowResult near = FootprintCalculator.calculate(SET, List.of(loaded)).total();
        FlowResult far = FootprintCalculator.calculate(SET, List.of(farther)).total();
        assertThat(far.vehicleKm()).isGreaterThanOrEqualTo(near.vehicleKm());
        assertThat(far.co2eWtwKg()).isGreaterThanOrEqualTo(near.co2eWtwKg());
        assertThat(far.co2eWttKg()).isGreaterThanOrEqualTo(near.co2eWttKg());
        assertThat(far.co2eTtwKg()).isGreaterThanOrEqualTo(near.co2eTtwKg());
        assertThat(far.tonneKm()).isGreaterThanOrEqualTo(near.tonneKm());
        if (near.noxG() != null) {
            assertThat(far.noxG()).isGreaterThanOrEqualTo(near.noxG());
        }
        if (near.pmG() != null) {
            assertThat(far.pmG()).isGreaterThanOrEqualTo(near.pmG());
        }
        // per tonne-km, distance cancels out: the same intensity, up to the last digit of a double
        if (near.co2eWtwGPerTkm() != null && far.co2eWtwGPerTkm() != null) {
            assertThat(far.co2eWtwGPerTkm()).isGreaterThanOrEqualTo(near.co2eWtwGPerTkm() * (1 - 1e-12));
            assertThat(far.co2eTtwGPerTkm()).isGreaterThanOrEqualTo(near.co2eTtwGPerTkm() * (1 - 1e-12));
        }
    }

    @Property
    void more_empty_running_never_lowers_co2e_per_tonne_km(@ForAll("flows") Flow flow,
                                                          @ForAll @DoubleRange(min = 0.01, max = 3.5) double payload,
                                                          @ForAll @DoubleRange(min = 0, max = 99) double less,
                                                          @ForAll @DoubleRange(min = 0, max = 1) double more) {
        double emptier = less + more * (99 - less);
        FlowResult fuller = FootprintCalculator.calculate(SET, List.of(flow.withLoad(payload, null, null, less))).total();
        FlowResult empty = FootprintCalculator.calculate(SET, List.of(flow.withLoad(payload, null, null, emptier)))
                .total();
        assertThat(empty.co2eWtwKg()).isEqualTo(fuller.co2eWtwKg());
        assertThat(empty.tonneKm()).isLessThanOrEqualTo(fuller.tonneKm());
        if (fuller.co2eWtwGPerTkm() != null) {
            assertThat(empty.co2eWtwGPerTkm()).isGreaterThanOrEqualTo(fuller.co2eWtwGPerTkm());
            assertThat(empty.co2eTtwGPerTkm()).isGreaterThanOrEqualTo(fuller.co2eTtwGPerTkm());
        }
    }

    @Property
    void a_higher_load_factor_never_raises_co2e_per_tonne_km(@ForAll("flows") Flow flow,
                                                             @ForAll @DoubleRange(min = 1, max = 100) double lower,
                                                             @ForAll @DoubleRange(min = 0, max = 1) double more) {
        double higher = lower + more * (100 - lower);
        FlowResult low = FootprintCalculator.calculate(SET, List.of(flow.withLoad(null, 3.0, lower, 10.0))).total();
        FlowResult high = FootprintCalculator.calculate(SET, List.of(flow.withLoad(null, 3.0, higher, 10.0))).total();
        if (low.co2eWtwGPerTkm() != null) {
            assertThat(high.co2eWtwGPerTkm()).isLessThanOrEqualTo(low.co2eWtwGPerTkm());
        }
    }

    @Property
    void less_energy_per_km_never_raises_co2e(@ForAll("flows") Flow flow, @ForAll @DoubleRange(min = 0, max = 1) double less) {
        EnergyUseRanges.Range range = EnergyUseRanges.of(VehicleCategory.N1, flow.energyCarrier()).orElseThrow();
        double declared = flow.energyPerKm() != null ? flow.energyPerKm() : range.max();
        Flow thrifty = flow.withEnergyPerKm(Math.max(range.min(), declared - less * (declared - range.min())));
        Flow heavy = flow.withEnergyPerKm(declared);
        assertThat(FootprintCalculator.calculate(SET, List.of(thrifty)).total().co2eWtwKg())
                .isLessThanOrEqualTo(FootprintCalculator.calculate(SET, List.of(heavy)).total().co2eWtwKg());
    }

    @Property
    void a_battery_van_never_has_more_tailpipe_co2e_than_a_diesel_van_over_the_same_trips(@ForAll("flows") Flow flow) {
        Flow diesel = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, flow.tripsPerYear(), flow.kmPerTrip());
        Flow battery = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, flow.tripsPerYear(),
                flow.kmPerTrip());
        assertThat(FootprintCalculator.calculate(SET, List.of(battery)).total().co2eTtwKg())
                .isLessThanOrEqualTo(FootprintCalculator.calculate(SET, List.of(diesel)).total().co2eTtwKg());
    }
}
