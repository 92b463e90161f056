package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HydrogenRouteTest {

    /** Grey hydrogen 10 kg CO2e/kg, renewable 3, and no row for blue. */
    private static final FactorSet WITH_ROUTES = new FactorSet("h2", "Hydrogen", "1", LocalDate.of(2026, 1, 1), "WTW",
            "GWP100", "location-based",
            Map.of(EnergyCarrier.HYDROGEN, carrier(10), EnergyCarrier.DIESEL,
                    new FactorSet.CarrierFactors(EnergyCarrier.DIESEL, new Sourced(0.5, "test"), new Sourced(2.5, "test"))),
            Map.of(), Map.of(), Map.of(), null, Map.of(HydrogenRoute.RENEWABLE, carrier(3)));

    private static FactorSet.CarrierFactors carrier(double wtt) {
        return new FactorSet.CarrierFactors(EnergyCarrier.HYDROGEN, new Sourced(wtt, "test"), new Sourced(0, "test"));
    }

    private static FlowResult truck(FactorSet set, @Nullable HydrogenRoute route) {
        Flow flow = new Flow(VehicleCategory.N3, EnergyCarrier.HYDROGEN, null, null, null, 50_000.0, null, 4_000.0,
                EnergyUnit.KG, null, null, false).withHydrogenRoute(route);
        return FootprintCalculator.calculate(set, List.of(flow)).total();
    }

    @Test
    void hydrogen_without_a_declared_route_counts_as_grey() {
        assertThat(truck(WITH_ROUTES, null).co2eWttKg()).isCloseTo(40_000, within(1e-6));
        assertThat(truck(WITH_ROUTES, HydrogenRoute.GREY).co2eWttKg()).isCloseTo(40_000, within(1e-6));
    }

    @Test
    void declared_renewable_hydrogen_takes_its_route_figure_and_still_emits_nothing_at_the_tailpipe() {
        FlowResult renewable = truck(WITH_ROUTES, HydrogenRoute.RENEWABLE);
        assertThat(renewable.co2eWttKg()).isCloseTo(12_000, within(1e-6));
        assertThat(renewable.co2eTtwKg()).isZero();
        assertThat(renewable.co2eWtwKg()).isLessThan(truck(WITH_ROUTES, null).co2eWtwKg());
    }

    @Test
    void a_route_the_set_has_no_figure_for_counts_as_grey_rather_than_as_nothing() {
        assertThat(truck(WITH_ROUTES, HydrogenRoute.LOW_CARBON).co2eWttKg()).isCloseTo(40_000, within(1e-6));
    }

    @Test
    void a_set_without_routes_computes_hydrogen_as_it_always_did_and_refuses_a_declared_route_it_would_ignore() {
        FactorSet old = TestFactorSets.everyCarrier();
        assertThat(truck(old, null).co2eWtwKg()).isPositive();
        for (HydrogenRoute route : HydrogenRoute.values()) {
            try {
                truck(old, route);
                throw new AssertionError("expected a refusal of " + route);
            } catch (eu.buyzet.portal.shared.ValidationException e) {
                assertThat(e.fieldErrors()).containsEntry("flows[0].hydrogenRoute",
                        "validation.footprint.hydrogen-route-not-in-set");
            }
        }
    }

    @Test
    void a_declared_route_changes_nothing_for_a_carrier_other_than_hydrogen() {
        Flow diesel = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10).withEnergyPerKm(0.1);
        double plain = FootprintCalculator.calculate(WITH_ROUTES, List.of(diesel)).total().co2eWtwKg();
        double declared = FootprintCalculator.calculate(WITH_ROUTES,
                List.of(diesel.withHydrogenRoute(HydrogenRoute.RENEWABLE))).total().co2eWtwKg();
        assertThat(declared).isEqualTo(plain);
    }
}
