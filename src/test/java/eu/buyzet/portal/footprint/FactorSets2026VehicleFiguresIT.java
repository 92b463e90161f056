package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUseRanges;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, decision 038: the vehicle figures of the sets of 2026 (schema 044). Every figure names its table, row
 * and unit; what is covered for each vehicle category on each carrier that exists on the road is exactly what
 * docs/footprint-method.md says, so a figure loaded later (or one lost) shows here and must be documented.
 */
@PortalIntegrationTest
class FactorSets2026VehicleFiguresIT {

    private static final List<String> SETS = List.of("no-2026", "eu-2026");
    private static final Pattern TABLE = Pattern.compile("\\bTable\\s+[\\w.-]+");
    private static final Pattern ROW = Pattern.compile("\\brow\\b");
    private static final Pattern UNIT = Pattern.compile("\\b(mg|g|l|kg|kWh)/km\\b");

    @Autowired FootprintService footprints;

    @Test
    void every_vehicle_figure_of_the_2026_sets_names_its_table_row_and_unit_and_is_plausible() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            List<Named> figures = new ArrayList<>();
            set.vehicles().values().forEach(v -> {
                figures.add(new Named(v.key() + " energy_per_km", v.energyPerKm()));
                figures.add(new Named(v.key() + " nox_g_per_km", v.noxGPerKm()));
                figures.add(new Named(v.key() + " pm_exhaust_g_per_km", v.pmExhaustGPerKm()));
                figures.add(new Named(v.key() + " pm_non_exhaust_g_per_km", v.pmNonExhaustGPerKm()));
            });
            set.exhaust().values().forEach(e -> {
                figures.add(new Named(e.key() + " nox_g_per_km", e.noxGPerKm()));
                figures.add(new Named(e.key() + " pm_exhaust_g_per_km", e.pm25GPerKm()));
            });
            set.wear().values().forEach(w -> {
                figures.add(new Named(w.key() + " pm_non_exhaust_g_per_km", w.pm25GPerKm()));
                figures.add(new Named(w.key() + " pm_non_exhaust_g_per_km", w.pm10GPerKm()));
            });
            List<Named> present = figures.stream().filter(f -> f.figure() != null).toList();
            assertThat(present).as(id + " has vehicle figures").isNotEmpty();
            present.forEach(f -> {
                String source = f.figure().source();
                assertThat(source).as(id + " " + f.name()).containsPattern(TABLE).containsPattern(ROW)
                        .containsPattern(UNIT);
                String column = f.name().substring(f.name().lastIndexOf(' ') + 1);
                Optional<String> why = column.equals("energy_per_km") ? Optional.empty()
                        : FactorBounds.pollutant(column, f.figure().value()).map(FactorSetCsvTest::english);
                assertThat(why).as(id + " " + f.name()).isEmpty();
            });
        }
    }

    @Test
    void every_vehicle_on_the_road_has_wear_and_the_figures_not_yet_sourced_are_exactly_those_documented() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            TreeSet<String> missing = new TreeSet<>();
            TreeSet<String> documented = new TreeSet<>();
            for (VehicleCategory category : VehicleCategory.values()) {
                for (EnergyCarrier carrier : EnergyCarrier.values()) {
                    if (EnergyUseRanges.of(category, carrier).isEmpty()) {
                        continue; // not on the road (a diesel cargo bike), or human power, which uses no energy
                    }
                    String pair = category + " " + carrier;
                    for (WearSource source : WearSource.EVERY_VEHICLE) {
                        var wear = set.wear(category, source);
                        if (wear.isEmpty() || wear.get().pm25GPerKm() == null || wear.get().pm10GPerKm() == null) {
                            missing.add(pair + " wear " + source);
                        }
                    }
                    if (FootprintCalculator.defaultEnergyPerKm(set, category, carrier).isEmpty()) {
                        missing.add(pair + " energy");
                    }
                    if (!carrier.zeroEmission()) {
                        var stage = set.defaultEuroClass();
                        var exhaust = stage == null ? null : set.exhaust(category, carrier, stage).orElse(null);
                        if (exhaust == null || exhaust.noxGPerKm() == null || exhaust.pm25GPerKm() == null) {
                            missing.add(pair + " exhaust");
                        }
                        // docs/footprint-method.md, "Vehicle figures of the sets of 2026": no Tier 2 row could be read
                        documented.add(pair + " exhaust");
                    }
                    // likewise: no per-carrier primary table of energy use could be read
                    documented.add(pair + " energy");
                }
            }
            assertThat(missing).as(id + ": a figure was loaded or lost; update the list in docs/footprint-method.md "
                    + "and here").isEqualTo(documented);
        }
    }

    @Test
    void a_battery_or_hydrogen_vehicle_has_no_exhaust_but_a_positive_pm_from_wear_under_the_2026_figures() {
        for (String id : SETS) {
            FactorSet loaded = footprints.factorSet(id);
            // pollutants do not depend on the carrier factors (schema 043, loaded beside these); one per carrier lets
            // the calculator run whether or not they are there yet
            Sourced none = new Sourced(0, "test: carrier factors are not what is checked here");
            Map<EnergyCarrier, FactorSet.CarrierFactors> carriers = Map.of(
                    EnergyCarrier.BATTERY_ELECTRIC, new FactorSet.CarrierFactors(EnergyCarrier.BATTERY_ELECTRIC, none, none),
                    EnergyCarrier.HYDROGEN, new FactorSet.CarrierFactors(EnergyCarrier.HYDROGEN, none, none));
            FactorSet set = new FactorSet(loaded.id(), loaded.name(), loaded.version(), loaded.validFrom(),
                    loaded.boundary(), loaded.gwpBasis(), loaded.electricityBasis(), carriers, loaded.vehicles(),
                    loaded.exhaust(), loaded.wear(), loaded.defaultEuroClass());
            for (VehicleCategory category : VehicleCategory.values()) {
                for (EnergyCarrier carrier : List.of(EnergyCarrier.BATTERY_ELECTRIC, EnergyCarrier.HYDROGEN)) {
                    Optional<EnergyUseRanges.Range> range = EnergyUseRanges.of(category, carrier);
                    if (range.isEmpty()) {
                        continue;
                    }
                    Flow flow = new Flow(category, carrier, null, null, null, 10_000.0, range.get().min(), null, null,
                            null, null, false);
                    FlowResult r = FootprintCalculator.calculate(set, List.of(flow)).total();
                    double wearPerKm = 0;
                    for (WearSource source : WearSource.EVERY_VEHICLE) {
                        wearPerKm += set.wear(category, source).orElseThrow().pm25GPerKm().value();
                    }
                    assertThat(r.noxG()).as(id + " " + category + " " + carrier).isZero();
                    assertThat(r.pmExhaustG()).isZero();
                    assertThat(r.pmG()).isPositive().isCloseTo(10_000 * wearPerKm, within(1e-9));
                    assertThat(r.pm10NonExhaustG()).isGreaterThan(r.pmG());
                }
            }
        }
    }

    @Test
    void the_2026_sets_take_the_wear_of_version_2_of_2025_row_for_row_and_leave_the_older_sets_as_they_were() {
        FactorSet v2 = footprints.factorSet("no-2025-2");
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            assertThat(set.wear()).hasSize(v2.wear().size());
            v2.wear().forEach((key, wear) -> {
                FactorSet.WearFactors same = set.wear().get(key);
                assertThat(same.pm25GPerKm()).isEqualTo(wear.pm25GPerKm());
                assertThat(same.pm10GPerKm()).isEqualTo(wear.pm10GPerKm());
            });
            assertThat(set.vehicles()).as("no energy default could be cited").isEmpty();
            assertThat(set.exhaust()).as("no Tier 2 row could be read").isEmpty();
            assertThat(set.defaultEuroClass()).isNull();
        }
        // the heavy-duty row of UBA's Table 1 (column HDVs), 12.7 mg/km PM2.5 from brakes
        assertThat(footprints.factorSet("eu-2026").wear(VehicleCategory.N3, WearSource.BRAKE).orElseThrow()
                .pm25GPerKm().value()).isEqualTo(0.0127);
        assertThat(footprints.factorSet("no-2025").wear()).isEmpty();
        assertThat(footprints.factorSet("eu-2025").wear()).isEmpty();
    }

    private record Named(String name, @Nullable Sourced figure) {
    }
}
