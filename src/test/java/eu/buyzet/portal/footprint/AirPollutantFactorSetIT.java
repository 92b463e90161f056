package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decision 034: version 2 of the seeded sets adds wear figures; version 1 and what it gave stay as they were. */
@PortalIntegrationTest
class AirPollutantFactorSetIT {

    private static final Flow VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5);
    private static final Flow BATTERY_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 12.5);

    @Autowired FootprintService footprints;

    @Test
    void version_2_of_both_sets_has_wear_figures_for_every_vehicle_each_citing_table_row_and_column() {
        for (String id : List.of("no-2025-2", "eu-2025-2")) {
            FactorSet set = footprints.factorSet(id);
            assertThat(set.version()).isEqualTo("2");
            // an M2 minibus takes the bus rows, so it has none of its own
            long rows = java.util.Arrays.stream(VehicleCategory.values()).map(VehicleCategory::factorRow).distinct().count();
            assertThat(set.wear()).as(id).hasSize((int) rows * WearSource.EVERY_VEHICLE.size());
            set.wear().values().forEach(w -> {
                assertThat(w.pm25GPerKm().source()).contains("Table 1", "row PM2.5", "column", "studded tyres not");
                assertThat(w.pm10GPerKm().source()).contains("Table 1", "row PM10", "column");
                assertThat(w.pm10GPerKm().value()).as(w.key().toString()).isGreaterThan(w.pm25GPerKm().value());
                FactorBounds.pollutant("pm_non_exhaust_g_per_km", w.pm10GPerKm().value()).ifPresent(why -> {
                    throw new AssertionError(why);
                });
            });
            assertThat(set.exhaust()).as("no Tier 2 figure could be read from a primary copy").isEmpty();
            assertThat(set.defaultEuroClass()).isNull();
        }
        FactorSet lorry = footprints.factorSet("no-2025-2");
        assertThat(lorry.wear(VehicleCategory.N3, WearSource.ROAD).orElseThrow().pm25GPerKm().value()).isEqualTo(0.0205);
        assertThat(lorry.wear(VehicleCategory.N1, WearSource.TYRE).orElseThrow().pm25GPerKm().value()).isEqualTo(0.0071);
    }

    @Test
    void version_2_keeps_version_1s_carbon_figures_and_version_1_is_unchanged() {
        for (String id : List.of("no-2025", "eu-2025")) {
            FactorSet v1 = footprints.factorSet(id);
            FactorSet v2 = footprints.factorSet(id + "-2");
            assertThat(v2.carriers()).isEqualTo(v1.carriers());
            assertThat(v2.vehicles()).isEqualTo(v1.vehicles());
            assertThat(v2.name()).isEqualTo(v1.name());
            assertThat(v1.wear()).isEmpty();
            assertThat(v1.exhaust()).isEmpty();
        }
        assertThat(footprints.factorSets()).filteredOn(s -> s.id().equals("no-2025-2")).singleElement()
                .satisfies(s -> assertThat(s.wearFigures()).isEqualTo(36));
    }

    @Test
    void the_same_flows_give_version_1s_published_figures_under_version_1_and_add_wear_under_version_2() {
        // the worked example of docs/footprint-method.md, as published with version 1
        FlowResult v1 = footprints.calculate("no-2025", List.of(VAN)).total();
        assertThat(v1.co2eWtwKg()).isCloseTo(3869.338, within(0.001));
        assertThat(v1.noxG()).isNull();
        assertThat(v1.pmG()).isNull();
        assertThat(v1.pmNonExhaustG()).isNull();

        FlowResult v2 = footprints.calculate("no-2025-2", List.of(VAN)).total();
        assertThat(v2.co2eWtwKg()).isEqualTo(v1.co2eWtwKg());
        assertThat(v2.noxG()).as("exhaust figures are not loaded: not covered").isNull();
        // 12,500 km × (7.10 + 4.56 + 4.05) mg/km
        assertThat(v2.pmNonExhaustG()).isCloseTo(12_500 * 0.01571, within(1e-6));
        assertThat(v2.pm10NonExhaustG()).isCloseTo(12_500 * (0.0101 + 0.0115 + 0.0075), within(1e-6));
        assertThat(v2.pmG()).as("exhaust PM not covered, so neither is the sum").isNull();

        FlowResult battery = footprints.calculate("no-2025-2", List.of(BATTERY_VAN)).total();
        assertThat(battery.noxG()).isZero();
        assertThat(battery.pmExhaustG()).isZero();
        assertThat(battery.pmG()).isCloseTo(12_500 * 0.01571, within(1e-6)).isPositive();
    }
}
