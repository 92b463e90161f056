package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Declared energy use must be what a real vehicle of its kind could use; everything else is refused. */
class PlausibilityTest {

    private static final FactorSet SET = TestFactorSets.everyCarrier();

    private static Flow byKm(VehicleCategory category, EnergyCarrier carrier, double vehicleKm) {
        return new Flow(category, carrier, null, null, null, vehicleKm, null, null, null, null, null, false);
    }

    private static ValidationException refusal(Flow flow) {
        try {
            FootprintCalculator.calculate(SET, List.of(flow));
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("accepted: " + flow);
    }

    private static boolean accepted(Flow flow) {
        try {
            FootprintCalculator.calculate(SET, List.of(flow));
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    @Test
    void every_vehicle_that_runs_on_a_carrier_has_a_sourced_range_in_that_carriers_unit() {
        List<String> missing = new ArrayList<>();
        for (VehicleCategory category : VehicleCategory.values()) {
            for (EnergyCarrier carrier : EnergyCarrier.values()) {
                boolean onTheRoad = carrier != EnergyCarrier.HUMAN_POWERED && (category != VehicleCategory.L
                        || carrier == EnergyCarrier.PETROL || carrier == EnergyCarrier.BATTERY_ELECTRIC);
                if (onTheRoad && EnergyUseRanges.of(category, carrier).isEmpty()) {
                    missing.add(category + " " + carrier);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(EnergyUseRanges.all()).allSatisfy(r -> {
            assertThat(r.source()).isNotBlank();
            assertThat(r.min()).isPositive().isLessThan(r.max());
            assertThat(r.unit()).isEqualTo(r.carrier().unit());
        });
        assertThat(EnergyUseRanges.of(VehicleCategory.L, EnergyCarrier.HUMAN_POWERED)).isEmpty();
    }

    @Test
    void a_diesel_van_declared_with_no_energy_or_a_trace_of_fuel_over_thousands_of_km_is_refused() {
        ValidationException zero = refusal(byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 5000).withEnergyPerKm(0.0));
        assertThat(zero.fieldErrors()).containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-range");
        assertThat(zero.arguments("flows[0].energyPerKm")).containsExactly(0.025, 0.21, "l");

        ValidationException trace = refusal(byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 5000)
                .withFuel(10.0, EnergyUnit.LITRE));
        assertThat(trace.fieldErrors()).containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-range");
        assertThat(trace.arguments("flows[0].fuelPerYear")).containsExactly(125.0, 1050.0, "l", 5000.0, 0.025, 0.21);

        assertThat(refusal(byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 5000).withFuel(0.0, EnergyUnit.LITRE))
                .fieldErrors()).containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-range");
        assertThat(refusal(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 400, 12.5)
                .withFuel(1.0, EnergyUnit.LITRE)).fieldErrors())
                .containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-range");
    }

    @Test
    void zero_energy_over_a_real_distance_is_refused_for_every_carrier_but_human_power() {
        for (EnergyUseRanges.Range r : EnergyUseRanges.all()) {
            assertThat(accepted(byKm(r.category(), r.carrier(), 1000).withEnergyPerKm(0.0))).as(r.toString()).isFalse();
            assertThat(accepted(byKm(r.category(), r.carrier(), 1000).withFuel(0.0, r.unit()))).as(r.toString())
                    .isFalse();
        }
        FlowResult bike = FootprintCalculator.calculate(SET, List.of(byKm(VehicleCategory.L,
                EnergyCarrier.HUMAN_POWERED, 5000))).total();
        assertThat(bike.co2eWtwKg()).isZero();
    }

    @Test
    void litres_kilograms_and_kilowatt_hours_have_bounds_of_their_own() {
        ValidationException van = refusal(byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 5000).withEnergyPerKm(9.9));
        assertThat(van.fieldErrors()).containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-range");
        // 2 kWh/km is a battery truck; 2 litres or 2 kg per km is no truck at all
        assertThat(accepted(byKm(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, 5000).withEnergyPerKm(2.0))).isTrue();
        assertThat(accepted(byKm(VehicleCategory.N3, EnergyCarrier.DIESEL, 5000).withEnergyPerKm(2.0))).isFalse();
        assertThat(accepted(byKm(VehicleCategory.N3, EnergyCarrier.HYDROGEN, 5000).withEnergyPerKm(2.0))).isFalse();
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.HYDROGEN, 5000).withEnergyPerKm(2.0))
                .arguments("flows[0].energyPerKm")).containsExactly(0.035, 0.24, "kg");
        assertThat(refusal(byKm(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 5000).withEnergyPerKm(0.05))
                .arguments("flows[0].energyPerKm")).containsExactly(0.09, 0.525, "kWh");
    }

    @Test
    void fuel_is_checked_against_the_distance_whenever_both_are_given() {
        // docs/footprint-method.md, worked example 3: 20,000 l over 50,000 km is 0.4 l/km
        Flow refuseTruck = byKm(VehicleCategory.N3, EnergyCarrier.HVO100, 50_000).withFuel(20_000.0, EnergyUnit.LITRE);
        assertThat(FootprintCalculator.calculate(SET, List.of(refuseTruck)).total().energy()).isEqualTo(20_000);
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.HVO100, 5_000).withFuel(20_000.0, EnergyUnit.LITRE))
                .fieldErrors()).containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-range");
    }

    @Test
    void overflowing_and_non_finite_values_are_refused_never_clamped() {
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.DIESEL, 50_000).withFuel(1e308, EnergyUnit.LITRE))
                .fieldErrors()).containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-range");
        Flow fuelOnly = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, null, 0.1, 1e308,
                EnergyUnit.LITRE, null, null, false);
        assertThat(refusal(fuelOnly).fieldErrors()).containsEntry("flows[0].fuelPerYear", "validation.footprint.absurd-fuel");
        assertThat(refusal(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1e308, 1e308)).fieldErrors())
                .containsEntry("flows[0].kmPerTrip", "validation.footprint.absurd-distance");
        assertThat(refusal(byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, Double.NaN)).fieldErrors())
                .containsEntry("flows[0].vehicleKmPerYear", "validation.footprint.number");
        assertThat(refusal(byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 100).withEnergyPerKm(Double.POSITIVE_INFINITY))
                .fieldErrors()).containsEntry("flows[0].energyPerKm", "validation.footprint.number");
        Flow millionVans = new Flow(VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 1e11, 0.1, null, null,
                null, 1_000_000, false);
        assertThat(refusal(millionVans).fieldErrors()).containsEntry("flows[0].vehicles", "validation.footprint.absurd-vehicles");
    }

    @Test
    void the_methods_table_of_ranges_is_the_calculators() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/footprint-method.md"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "(?m)^\\| (\\w+) \\| (\\w+) \\| (\\w+)/km \\| ([\\d.]+)–([\\d.]+) \\| ([\\d.]+)–([\\d.]+) \\|").matcher(doc);
        List<String> documented = new ArrayList<>();
        while (row.find()) {
            documented.add(String.join(" ", row.group(1), row.group(2), row.group(3), row.group(4), row.group(5),
                    row.group(6), row.group(7)));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(EnergyUseRanges.all().stream()
                .map(r -> String.join(" ", r.category().name(), r.carrier().name(), r.unit().symbol(),
                        plain(r.publishedLow()), plain(r.publishedHigh()), plain(r.min()), plain(r.max())))
                .toList());
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<EnergyUseRanges.Range, Double>> inside() {
        return Arbitraries.of(EnergyUseRanges.all()).flatMap(r -> Arbitraries.doubles().between(r.min(), r.max()).ofScale(6)
                .withSpecialValue(r.min()).withSpecialValue(r.max()).map(v -> Tuple.of(r, v)));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<EnergyUseRanges.Range, Double>> outside() {
        Arbitrary<Double> below = Arbitraries.doubles().between(0, 0.9999).ofScale(6).withSpecialValue(0.0);
        Arbitrary<Double> above = Arbitraries.doubles().between(1.0001, 1e6).ofScale(6);
        return Combinators.combine(Arbitraries.of(EnergyUseRanges.all()), Arbitraries.of(true, false), below, above)
                .as((r, low, b, a) -> Tuple.of(r, low ? r.min() * b : r.max() * a));
    }

    @Property
    void any_energy_use_per_km_inside_the_range_is_accepted(@ForAll("inside") Tuple.Tuple2<EnergyUseRanges.Range, Double> t) {
        EnergyUseRanges.Range r = t.get1();
        FlowResult result = FootprintCalculator.calculate(SET, List.of(byKm(r.category(), r.carrier(), 10_000)
                .withEnergyPerKm(t.get2()))).total();
        assertThat(result.energy()).isCloseTo(10_000 * t.get2(), within(1e-6));
    }

    @Property
    void any_energy_use_per_km_outside_the_range_is_refused_naming_the_range(
            @ForAll("outside") Tuple.Tuple2<EnergyUseRanges.Range, Double> t) {
        EnergyUseRanges.Range r = t.get1();
        ValidationException e = refusal(byKm(r.category(), r.carrier(), 10_000).withEnergyPerKm(t.get2()));
        assertThat(e.fieldErrors()).containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-range");
        assertThat(e.arguments("flows[0].energyPerKm")).containsExactly(r.min(), r.max(), r.unit().symbol());
    }

    @Property
    void fuel_over_a_distance_is_accepted_exactly_when_its_energy_use_per_km_is(
            @ForAll("inside") Tuple.Tuple2<EnergyUseRanges.Range, Double> in,
            @ForAll("outside") Tuple.Tuple2<EnergyUseRanges.Range, Double> out) {
        for (Tuple.Tuple2<EnergyUseRanges.Range, Double> t : List.of(in, out)) {
            EnergyUseRanges.Range r = t.get1();
            double km = 2_000;
            Flow flow = byKm(r.category(), r.carrier(), km).withFuel(t.get2() * km, r.unit());
            assertThat(accepted(flow)).as(r + " at " + t.get2()).isEqualTo(r.accepts(t.get2() * km / km));
        }
    }
}
