package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.EnergyUseRanges;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
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
 * Issue 16, decision 046: version 3 of the sets of 2026 (schema 053) gives the energy a vehicle uses per km when a flow
 * gives none (version 4, the default since decision 049, keeps them). Each fuel figure is an annex row's EC speed function at 30 km/h divided by the
 * fuel's cited energy content, so an auditor can recompute it from
 * docs/research/emep-2019-annex/energy-rows-selected.csv.
 */
@PortalIntegrationTest
class FactorSets2026DefaultEnergyIT {

    private static final List<String> SETS = List.of("no-2026-3", "eu-2026-3", "no-2026-market-3");
    private static final Path ROWS = Path.of("docs/research/emep-2019-annex/energy-rows-selected.csv");
    private static final Pattern CITED_ROW = Pattern.compile(
            "^EMEP/EEA air pollutant emission inventory guidebook 2019, 1\\.A\\.3\\.b\\.i-iv, Appendix 4 hot emission "
                    + "factors annex, row (\\d+) \\((.+), EC.*\\): speed function at 30 km/h = ([0-9.]+) MJ/km; read "
                    + "from .+; divided by .+: ([0-9.]+) (?:MJ/l|MJ/kg|TJ/Gg) = ([0-9.]+) (l|kg)/km$");
    /** Every pair with a default energy figure (docs/footprint-method.md lists the same). */
    private static final Set<String> COVERED = Set.of(
            "M1 DIESEL", "M1 HVO100", "M1 PETROL", "M1 FOSSIL_GAS", "M1 BIOGAS", "M1 BATTERY_ELECTRIC",
            "N1 DIESEL", "N1 HVO100", "N1 PETROL", "N1 BATTERY_ELECTRIC",
            "N2 DIESEL", "N2 HVO100", "N3 DIESEL", "N3 HVO100",
            "M2_M3 DIESEL", "M2_M3 HVO100", "M2_M3 FOSSIL_GAS", "M2_M3 BIOGAS", "M2_M3 HYDROGEN",
            "M2 DIESEL", "M2 HVO100", "M2 FOSSIL_GAS", "M2 BIOGAS", "M2 HYDROGEN",
            "L PETROL");

    @Autowired FootprintService footprints;

    @Test
    void every_fuel_default_is_its_cited_annex_rows_energy_at_30_kmh_over_the_fuels_cited_energy_content()
            throws IOException {
        Map<Integer, double[]> coefficients = EmepAnnexRows.read(ROWS);
        for (String id : SETS) {
            int fuelFigures = 0;
            for (FactorSet.VehicleFactors v : footprints.factorSet(id).vehicles().values()) {
                Sourced energy = v.energyPerKm();
                if (energy == null || !energy.source().startsWith("EMEP/EEA air pollutant emission inventory "
                        + "guidebook 2019")) {
                    continue;
                }
                fuelFigures++;
                Matcher cited = CITED_ROW.matcher(energy.source());
                assertThat(cited.matches()).as(id + " " + v.key() + ": " + energy.source()).isTrue();
                double[] row = coefficients.get(Integer.parseInt(cited.group(1)));
                assertThat(row).as("row " + cited.group(1) + " is kept beside the script").isNotNull();
                double megajoules = EmepAnnexRows.speedFunction(row, 30);
                assertThat(Double.parseDouble(cited.group(3))).isCloseTo(megajoules, within(megajoules * 5e-4));
                double perKm = Double.parseDouble(cited.group(3)) / Double.parseDouble(cited.group(4));
                assertThat(energy.value()).as(id + " " + v.key()).isCloseTo(perKm, within(perKm * 5e-4));
                assertThat(Double.parseDouble(cited.group(5))).isEqualTo(energy.value());
                assertThat(cited.group(6)).isEqualTo(v.key().carrier().unit() == EnergyUnit.LITRE ? "l" : "kg");
                assertThat(cited.group(2)).as("the stage a flow without one counts as, where the annex has it")
                        .containsAnyOf("Euro 3", "Euro III", "Euro 4");
            }
            assertThat(fuelFigures).as(id).isEqualTo(17);
        }
    }

    @Test
    void what_has_a_default_is_exactly_what_the_method_lists_every_default_is_plausible_and_version_2_is_unchanged() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            TreeSet<String> covered = new TreeSet<>();
            for (VehicleCategory category : VehicleCategory.values()) {
                for (EnergyCarrier carrier : EnergyCarrier.values()) {
                    set.vehicle(category, carrier).map(FactorSet.VehicleFactors::energyPerKm).ifPresent(energy -> {
                        covered.add(category + " " + carrier);
                        EnergyUseRanges.Range range = EnergyUseRanges.of(category, carrier).orElseThrow();
                        assertThat(range.accepts(energy.value())).as(id + " " + category + " " + carrier + " "
                                + energy.value() + " within " + range).isTrue();
                        assertThat(FactorBounds.vehicle(category, carrier, "energy_per_km", energy.value())).isEmpty();
                    });
                }
            }
            assertThat(covered).as(id + ": update docs/footprint-method.md and this list together")
                    .isEqualTo(new TreeSet<>(COVERED));
            FactorSet v2 = footprints.factorSet(id.substring(0, id.length() - 2) + "-2");
            assertThat(v2.vehicles()).isEmpty();
            assertThat(set.carriers()).isEqualTo(v2.carriers());
            assertThat(set.hydrogenRoutes()).isEqualTo(v2.hydrogenRoutes());
            assertThat(set.wear()).isEqualTo(v2.wear());
            assertThat(set.exhaust()).isEqualTo(v2.exhaust());
            assertThat(set.defaultEuroClass()).isEqualTo(v2.defaultEuroClass());
        }
    }

    @Test
    void a_refuse_truck_that_gives_only_its_distance_is_computed_with_the_euro_3_trucks_energy_and_a_battery_van_with_a_quarter_kwh() {
        FactorSet set = footprints.factorSet("no-2026-3");
        Flow truck = new Flow(VehicleCategory.N3, EnergyCarrier.DIESEL, null, null, null, 20_000.0, null, null,
                null, null, null, false);
        FlowResult diesel = FootprintCalculator.calculate(set, List.of(truck)).flows().getFirst();
        double litres = 20_000 * 0.3714;
        double perLitre = set.carrier(EnergyCarrier.DIESEL).orElseThrow().wttKgPerUnit().value()
                + set.carrier(EnergyCarrier.DIESEL).orElseThrow().ttwKgPerUnit().value();
        assertThat(diesel.co2eWtwKg()).isCloseTo(litres * perLitre, within(1e-6));

        Flow van = new Flow(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, null, null, null, 12_500.0, null,
                null, null, null, null, false);
        FlowResult battery = FootprintCalculator.calculate(set, List.of(van)).flows().getFirst();
        double kwh = 12_500 * 0.25;
        FactorSet.CarrierFactors grid = set.carrier(EnergyCarrier.BATTERY_ELECTRIC).orElseThrow();
        assertThat(battery.co2eWtwKg()).isCloseTo(
                kwh * (grid.wttKgPerUnit().value() + grid.ttwKgPerUnit().value()), within(1e-6));
    }
}
