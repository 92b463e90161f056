package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, decision 037: the carrier figures of the sets of 2026 (schema 043). Every figure names
 * where in its publication it stands and its unit, stays inside the import's bounds, and the sets
 * of 2025 keep every figure they had.
 */
@PortalIntegrationTest
class FactorSets2026CarrierFiguresIT {

    private static final List<String> SETS = List.of("no-2026", "eu-2026", "no-2026-market");
    /** A table, sheet row, annex or the quoted text of the publication. */
    private static final Pattern PLACE = Pattern.compile("\\b(row|Table|Annex|Abstract|text:)");
    private static final Pattern NO_TAILPIPE = Pattern.compile("No combustion in the vehicle|emits water only");
    private static final Pattern UNIT = Pattern.compile("\\bkg CO2e?/(litre|kg|kWh)\\b");

    @Autowired FootprintService footprints;

    @Test
    void every_carrier_and_hydrogen_route_figure_of_the_2026_sets_names_its_place_and_unit_and_is_plausible() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            assertThat(set.carriers().keySet()).as(id).containsExactlyInAnyOrder(EnergyCarrier.DIESEL,
                    EnergyCarrier.PETROL, EnergyCarrier.HVO100, EnergyCarrier.BIOGAS, EnergyCarrier.FOSSIL_GAS,
                    EnergyCarrier.BATTERY_ELECTRIC, EnergyCarrier.HYDROGEN);
            assertThat(set.hydrogenRoutes().keySet()).as(id)
                    .containsExactlyInAnyOrder(HydrogenRoute.LOW_CARBON, HydrogenRoute.RENEWABLE);
            List<Map.Entry<String, Sourced>> figures = new ArrayList<>();
            set.carriers().values().forEach(c -> {
                figures.add(Map.entry(c.carrier() + " wtt", c.wttKgPerUnit()));
                figures.add(Map.entry(c.carrier() + " ttw", c.ttwKgPerUnit()));
                FactorBounds.carrier(c.carrier(), "wtt", c.wttKgPerUnit().value()).ifPresent(why -> {
                    throw new AssertionError(id + " " + c.carrier() + ": " + why);
                });
                FactorBounds.carrier(c.carrier(), "ttw", c.ttwKgPerUnit().value()).ifPresent(why -> {
                    throw new AssertionError(id + " " + c.carrier() + ": " + why);
                });
            });
            set.hydrogenRoutes().forEach((route, c) -> {
                figures.add(Map.entry(route + " wtt", c.wttKgPerUnit()));
                figures.add(Map.entry(route + " ttw", c.ttwKgPerUnit()));
            });
            // a zero by construction (no combustion in the vehicle) has no table to name, only its reason and unit
            figures.forEach(f -> assertThat(f.getValue().source()).as(id + " " + f.getKey())
                    .containsPattern(f.getValue().value() == 0 ? NO_TAILPIPE : PLACE).containsPattern(UNIT));
        }
    }

    @Test
    void road_diesel_is_desnz_road_row_not_gas_oil_and_grey_hydrogen_is_what_an_undeclared_route_takes() {
        FactorSet no = footprints.factorSet("no-2026");
        FactorSet.CarrierFactors diesel = no.carrier(EnergyCarrier.DIESEL).orElseThrow();
        assertThat(diesel.wttKgPerUnit().value()).isEqualTo(0.61101);
        assertThat(diesel.wttKgPerUnit().source()).contains("Diesel (average biofuel blend)", "not the gas oil row");
        assertThat(no.carrier(EnergyCarrier.HYDROGEN, null).orElseThrow().wttKgPerUnit().value()).isEqualTo(14.0);
        assertThat(no.carrier(EnergyCarrier.HYDROGEN, HydrogenRoute.RENEWABLE).orElseThrow().wttKgPerUnit().value())
                .isEqualTo(3.384);
    }

    @Test
    void the_market_based_set_differs_from_the_location_based_one_in_electricity_alone_and_says_which_basis_it_uses() {
        FactorSet location = footprints.factorSet("no-2026");
        FactorSet market = footprints.factorSet("no-2026-market");
        assertThat(location.electricityBasis()).startsWith("Location-based");
        assertThat(market.electricityBasis()).startsWith("Market-based");
        assertThat(footprints.factorSet("eu-2026").electricityBasis()).startsWith("Location-based");
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            if (carrier != EnergyCarrier.BATTERY_ELECTRIC) {
                assertThat(market.carrier(carrier)).as(carrier.name()).isEqualTo(location.carrier(carrier));
            }
        }
        assertThat(market.hydrogenRoutes()).isEqualTo(location.hydrogenRoutes());
        assertThat(market.vehicles()).isEqualTo(location.vehicles());
        assertThat(market.exhaust()).isEqualTo(location.exhaust());
        assertThat(market.wear()).isEqualTo(location.wear()).isNotEmpty();
        assertThat(market.defaultEuroClass()).isEqualTo(location.defaultEuroClass());
        assertThat(market.carrier(EnergyCarrier.BATTERY_ELECTRIC).orElseThrow().wttKgPerUnit().value())
                .isGreaterThan(location.carrier(EnergyCarrier.BATTERY_ELECTRIC).orElseThrow().wttKgPerUnit().value());
    }

    @Test
    void the_sets_of_2025_keep_their_hydrogen_figure_and_have_no_routes() {
        for (String id : List.of("no-2025", "eu-2025", "no-2025-2", "eu-2025-2")) {
            FactorSet set = footprints.factorSet(id);
            assertThat(set.hydrogenRoutes()).as(id).isEmpty();
            assertThat(set.carrier(EnergyCarrier.HYDROGEN).orElseThrow().wttKgPerUnit().value()).isEqualTo(3.384);
            assertThat(set.carrier(EnergyCarrier.DIESEL).orElseThrow().wttKgPerUnit().value())
                    .isEqualTo(id.startsWith("no") ? 0.62665 : 0.7164);
        }
    }
}
