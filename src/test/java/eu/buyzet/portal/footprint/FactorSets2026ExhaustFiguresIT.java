package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUseRanges;
import eu.buyzet.portal.footprint.calculator.EuroClass;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, decision 045: version 2 of the sets of 2026 (schema 051) adds exhaust NOx and PM2.5 by Euro stage from
 * the EMEP/EEA guidebook 2019's hot emission annex. An auditor can recompute every figure: each cites its annex row,
 * and the row's coefficients are kept in docs/research/emep-2019-annex/exhaust-rows-selected.csv.
 */
@PortalIntegrationTest
class FactorSets2026ExhaustFiguresIT {

    private static final List<String> SETS = List.of("no-2026-2", "eu-2026-2", "no-2026-market-2");
    private static final Path ROWS = Path.of("docs/research/emep-2019-annex/exhaust-rows-selected.csv");
    private static final Pattern CITED_ROW = Pattern.compile(
            "^EMEP/EEA air pollutant emission inventory guidebook 2019, 1\\.A\\.3\\.b\\.i-iv, Appendix 4 hot emission "
                    + "factors annex, row (\\d+) \\(.+\\): speed function at 30 km/h = ([0-9.e-]+) g/km; read from .+");
    /** The pairs with a tailpipe that the annex has rows for at the default stage, Euro 3 (decision 045). */
    private static final Set<String> COVERED_AT_EURO_3 = Set.of(
            "M1 DIESEL", "M1 HVO100", "M1 PETROL", "N1 DIESEL", "N1 HVO100", "N1 PETROL", "N2 DIESEL", "N2 HVO100",
            "N3 DIESEL", "N3 HVO100", "M2_M3 DIESEL", "M2_M3 HVO100", "M2_M3 FOSSIL_GAS", "M2_M3 BIOGAS",
            "M2 DIESEL", "M2 HVO100", "M2 FOSSIL_GAS", "M2 BIOGAS", "L PETROL");

    @Autowired FootprintService footprints;

    @Test
    void every_exhaust_figure_is_its_cited_annex_rows_speed_function_at_30_kmh() throws IOException {
        Map<Integer, double[]> coefficients = EmepAnnexRows.read(ROWS);
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            assertThat(set.exhaust()).as(id).hasSize(102);
            set.exhaust().values().forEach(e -> {
                for (Sourced figure : List.of(e.noxGPerKm(), e.pm25GPerKm())) {
                    Matcher cited = CITED_ROW.matcher(figure.source());
                    assertThat(cited.matches()).as(id + " " + e.key() + ": " + figure.source()).isTrue();
                    double[] row = coefficients.get(Integer.parseInt(cited.group(1)));
                    assertThat(row).as("row " + cited.group(1) + " is kept beside the script").isNotNull();
                    double recomputed = EmepAnnexRows.speedFunction(row, 30);
                    assertThat(figure.value()).as(id + " " + e.key()).isCloseTo(recomputed, within(recomputed * 5e-4));
                    assertThat(Double.parseDouble(cited.group(2))).isEqualTo(figure.value());
                    assertThat(FactorBounds.pollutant(figure == e.noxGPerKm() ? "nox_g_per_km" : "pm_exhaust_g_per_km",
                            figure.value())).as(id + " " + e.key()).isEmpty();
                }
            });
        }
    }

    @Test
    void what_the_default_stage_covers_is_exactly_what_the_method_lists_and_version_1_is_unchanged() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            assertThat(set.defaultEuroClass()).isEqualTo(EuroClass.EURO_3);
            TreeSet<String> covered = new TreeSet<>();
            for (VehicleCategory category : VehicleCategory.values()) {
                for (EnergyCarrier carrier : EnergyCarrier.values()) {
                    if (carrier.zeroEmission() || EnergyUseRanges.of(category, carrier).isEmpty()) {
                        continue;
                    }
                    if (set.exhaust(category, carrier, EuroClass.EURO_3).isPresent()) {
                        covered.add(category + " " + carrier);
                    }
                }
            }
            assertThat(covered).as(id + ": update docs/footprint-method.md and this list together")
                    .isEqualTo(new TreeSet<>(COVERED_AT_EURO_3));
            FactorSet v1 = footprints.factorSet(id.substring(0, id.length() - 2));
            assertThat(v1.exhaust()).isEmpty();
            assertThat(v1.defaultEuroClass()).isNull();
            assertThat(set.carriers()).isEqualTo(v1.carriers());
            assertThat(set.wear()).isEqualTo(v1.wear());
            assertThat(set.vehicles()).isEqualTo(v1.vehicles());
        }
    }

    @Test
    void a_truck_that_declares_no_stage_is_counted_as_euro_3_and_one_that_declares_euro_6_emits_a_fifteenth_of_its_nox() {
        FactorSet set = footprints.factorSet("no-2026-2");
        Flow undeclared = new Flow(VehicleCategory.N3, EnergyCarrier.DIESEL, null, null, null, 20_000.0, 0.35, null,
                null, null, null, false);
        FlowResult assumed = FootprintCalculator.calculate(set, List.of(undeclared)).flows().getFirst();
        assertThat(assumed.noxG()).isCloseTo(20_000 * 8.448, within(1e-6));
        assertThat(assumed.pmExhaustG()).isCloseTo(20_000 * 0.224, within(1e-6));
        assertThat(assumed.pmNonExhaustG()).isCloseTo(20_000 * 0.0521, within(1e-6));

        Flow euro6 = new Flow(VehicleCategory.N3, EnergyCarrier.DIESEL, "EURO_6", null, null, 20_000.0, 0.35, null,
                null, null, null, false);
        FlowResult declared = FootprintCalculator.calculate(set, List.of(euro6)).flows().getFirst();
        assertThat(declared.noxG()).isCloseTo(20_000 * 0.548, within(1e-6));
        assertThat(assumed.noxG() / declared.noxG()).isGreaterThan(15);

        // a battery truck still has no tailpipe, and its wear is the same as the diesel one's
        Flow battery = new Flow(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, null, null, null, 20_000.0, 1.2,
                null, null, null, null, false);
        FlowResult electric = FootprintCalculator.calculate(set, List.of(battery)).flows().getFirst();
        assertThat(electric.noxG()).isZero();
        assertThat(electric.pmG()).isCloseTo(assumed.pmNonExhaustG(), within(1e-9));
        double wear = 0;
        for (WearSource source : WearSource.EVERY_VEHICLE) {
            wear += set.wear(VehicleCategory.N3, source).orElseThrow().pm25GPerKm().value();
        }
        assertThat(wear).isCloseTo(0.0521, within(1e-12));
    }
}
