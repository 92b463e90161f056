package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUseRanges;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: version 4 of the sets of 2026 is version 3 plus the road wear of studded tyres (schema 054, decision 049)
 * and the energy use of battery trucks and buses and fuel-cell trucks (schema 055, decision 050); the default until
 * version 5 (schema 057, decision 054, FactorSets2026UpperBoundRowsIT), which keeps every figure checked here.
 * Each studded figure is the NORTRIP model's default studded-tyre wear at 30 km/h times its direct emission share and
 * its PM10 or PM2.5 share, each energy figure the Danish Energy Agency's simulated fuel economy, as the citations
 * state, so an auditor can recompute them (docs/research/dea-2022/dea-rows-selected.csv).
 */
@PortalIntegrationTest
class FactorSets2026StuddedTyresIT {

    private static final List<String> SETS = List.of("no-2026-4", "eu-2026-4", "no-2026-market-4");
    private static final Pattern CITED = Pattern.compile("^NORTRIP road dust emission model \\(MET Norway\\), "
            + "parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params\\.txt \\(commit 13d710e\\), Road "
            + "wear: W0,roadwear, Studded tyres \\(st\\), (Light \\(li\\)|Heavy \\(he\\)) = ([0-9.]+) g/km/veh; speed "
            + "dependence W = W0 x max\\(V, 30\\)/70 .+ taken at 30 km/h; f0,dir-roadwear = ([0-9.]+) .+; "
            + "fPM,roadwear (PM10|PM2\\.5) = ([0-9.]+): .+ = ([0-9.]+) g/km\\. .+$");
    /** NORTRIP's classes: light below 3.5 t, heavy above. */
    private static final Map<VehicleCategory, String> CLASS = Map.of(VehicleCategory.M1, "Light (li)",
            VehicleCategory.N1, "Light (li)", VehicleCategory.N2, "Heavy (he)", VehicleCategory.N3, "Heavy (he)",
            VehicleCategory.M2_M3, "Heavy (he)");

    private static final Path DEA_ROWS = Path.of("docs/research/dea-2022/dea-rows-selected.csv");
    private static final Pattern DEA_CITED = Pattern.compile("^Danish Energy Agency, Technology Data for commercial "
            + "freight and passenger transport .+, sheet ((?:BEV|FCV) [LB]1) .+, row (3[123]) '.+', 2021: ([0-9.]+) "
            + "MJ/km; sheet Simulations, row (\\d+) .+: ([0-9.]+) km/(kWh|kg); the highest use of the three cycles "
            + ".+ = ([0-9.]+) (kWh|kg)/km$");
    /** The pairs version 4 adds an energy figure for from the Danish Energy Agency. */
    private static final Set<String> DEA_PAIRS = Set.of("N3 BATTERY_ELECTRIC", "M2_M3 BATTERY_ELECTRIC", "N3 HYDROGEN");

    private static final Path JRC_ROWS = Path.of("docs/research/jrc-idees-2021/jrc-rows-selected.csv");
    private static final Pattern JRC_CITED = Pattern.compile("^European Commission, Joint Research Centre, "
            + "JRC-IDEES-2021 \\(v2021-1\\.00\\), Transport, Germany .+, sheet (TrRoad_ene), row (\\d+) .+, code "
            + "(Eff\\.kgoe_per_100km\\.DE\\.Tr\\.Road\\.Freight\\.LCV\\.ICE\\.NGas), 2021: ([0-9.]+) kgoe/100 km, .+ x "
            + "41\\.868 MJ/kgoe .+ = ([0-9.]+) MJ/km; .+: ([0-9.]+) (?:TJ/Gg|MJ/kg) = ([0-9.]+) kg/km$");
    /** The pairs version 4 adds an energy figure for from the JRC's workbook (gas vans). */
    private static final Set<String> JRC_PAIRS = Set.of("N1 FOSSIL_GAS", "N1 BIOGAS");
    /** Every pair version 4 adds an energy figure for. */
    private static final Set<String> ADDED_ENERGY = java.util.stream.Stream.concat(DEA_PAIRS.stream(),
            JRC_PAIRS.stream()).collect(Collectors.toSet());

    @Autowired FootprintService footprints;

    @Test
    void each_studded_figure_is_its_cited_nortrip_wear_at_30_kmh_times_the_direct_and_size_shares() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            TreeSet<String> covered = new TreeSet<>();
            for (FactorSet.WearFactors w : set.wear().values()) {
                if (w.key().source() != WearSource.ROAD_STUDDED) {
                    continue;
                }
                covered.add(w.key().category().name());
                check(id, w.key().category(), w.pm10GPerKm(), "PM10", 0.28);
                check(id, w.key().category(), w.pm25GPerKm(), "PM2.5", 0.022);
            }
            // L vehicles: NORTRIP has light and heavy vehicles only
            assertThat(covered).as(id).containsExactly("M1", "M2_M3", "N1", "N2", "N3");
        }
    }

    private void check(String id, VehicleCategory category, Sourced figure, String size, double share) {
        Matcher m = CITED.matcher(figure.source());
        assertThat(m.matches()).as(id + " " + category + " " + size + ": " + figure.source()).isTrue();
        assertThat(m.group(1)).isEqualTo(CLASS.get(category));
        double w0 = CLASS.get(category).startsWith("Light") ? 2.88 : 14.4;
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(w0);
        assertThat(Double.parseDouble(m.group(3))).isEqualTo(0.5);
        assertThat(m.group(4)).isEqualTo(size);
        assertThat(Double.parseDouble(m.group(5))).isEqualTo(share);
        double recomputed = new BigDecimal(w0 * 30 / 70 * 0.5 * share).round(new MathContext(4)).doubleValue();
        assertThat(figure.value()).as(id + " " + category + " " + size).isEqualTo(recomputed);
        assertThat(Double.parseDouble(m.group(6))).isEqualTo(recomputed);
    }

    /** What one default energy figure must agree with: its citation's parts and the row selected for it. */
    private interface CitedDefault {
        void check(String where, EnergyCarrier carrier, Sourced energy, Matcher cited, Map<String, String> row);
    }

    /**
     * Each pair's default energy figure in every set of version 4: its citation matches {@code cited}, the
     * script's CSV has exactly these pairs, and the figure lies inside its plausible range.
     */
    private void eachCitedDefault(Path rows, java.util.function.Function<Map<String, String>, String> pairOf,
                                  Set<String> pairs, Pattern cited, CitedDefault check) throws IOException {
        Map<String, Map<String, String>> selected = new java.util.HashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(rows))) {
            parser.forEach(r -> selected.put(pairOf.apply(r.toMap()), r.toMap()));
        }
        assertThat(selected.keySet()).isEqualTo(pairs);
        for (String id : SETS) {
            for (String pair : pairs) {
                String[] key = pair.split(" ");
                VehicleCategory category = VehicleCategory.valueOf(key[0]);
                EnergyCarrier carrier = EnergyCarrier.valueOf(key[1]);
                Sourced energy = FootprintCalculator.defaultEnergyPerKm(footprints.factorSet(id), category, carrier)
                        .orElseThrow();
                Matcher m = cited.matcher(energy.source());
                assertThat(m.matches()).as(id + " " + pair + ": " + energy.source()).isTrue();
                check.check(id + " " + pair, carrier, energy, m, selected.get(pair));
                assertThat(EnergyUseRanges.of(category, carrier).orElseThrow().accepts(energy.value()))
                        .as(id + " " + pair + " inside its plausible range").isTrue();
            }
        }
    }

    @Test
    void each_heavy_zero_emission_default_is_the_danish_energy_agencys_cited_simulation_and_plausible()
            throws IOException {
        eachCitedDefault(DEA_ROWS, r -> r.get("portal_category") + " " + r.get("carrier"), DEA_PAIRS, DEA_CITED,
                (where, carrier, energy, m, row) -> {
                    assertThat(m.group(1)).isEqualTo(row.get("data_sheet"));
                    assertThat(m.group(2)).isEqualTo(row.get("data_sheet_row"));
                    assertThat(m.group(3)).isEqualTo(row.get("mj_per_km_2021"));
                    assertThat(m.group(4)).isEqualTo(row.get("simulations_row"));
                    assertThat(m.group(5)).isEqualTo(row.get("fuel_economy"));
                    assertThat(m.group(8)).isEqualTo(carrier.unit().symbol());
                    double recomputed = new BigDecimal(1 / Double.parseDouble(row.get("fuel_economy")))
                            .round(new MathContext(4)).doubleValue();
                    assertThat(energy.value()).as(where).isEqualTo(recomputed)
                            .isEqualTo(Double.parseDouble(m.group(7)));
                });
    }

    @Test
    void each_gas_van_default_is_the_jrcs_cited_german_stock_average_divided_by_the_gas_energy_content()
            throws IOException {
        eachCitedDefault(JRC_ROWS, r -> "N1 " + r.get("carrier"), JRC_PAIRS, JRC_CITED,
                (where, carrier, energy, m, row) -> {
                    assertThat(m.group(1)).isEqualTo(row.get("sheet"));
                    assertThat(m.group(2)).isEqualTo(row.get("row"));
                    assertThat(m.group(3)).isEqualTo(row.get("code"));
                    assertThat(m.group(4)).isEqualTo(row.get("kgoe_per_100km"));
                    assertThat(m.group(5)).isEqualTo(row.get("mj_per_km"));
                    double mjPerKm = new BigDecimal(Double.parseDouble(m.group(4)) * 41.868 / 100)
                            .round(new MathContext(4)).doubleValue();
                    assertThat(Double.parseDouble(m.group(5))).isEqualTo(mjPerKm);
                    double perKg = Double.parseDouble(row.get("mj_per_kg"));
                    assertThat(Double.parseDouble(m.group(6))).isEqualTo(perKg);
                    // from the workbook's figure as cited, as the script computes it: the same to four digits
                    double recomputed = new BigDecimal(Double.parseDouble(m.group(4)) * 41.868 / 100 / perKg)
                            .round(new MathContext(4)).doubleValue();
                    assertThat(energy.value()).as(where).isEqualTo(recomputed)
                            .isEqualTo(Double.parseDouble(m.group(7)))
                            .isEqualTo(Double.parseDouble(row.get("kg_per_km")));
                });
    }

    @Test
    void a_battery_refuse_truck_that_gives_only_its_distance_is_computed_with_the_rigid_trucks_simulated_use() {
        FactorSet set = footprints.factorSet("no-2026-4");
        Flow truck = new Flow(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, null, null, null, 20_000.0, null,
                null, null, null, null, false);
        FlowResult r = FootprintCalculator.calculate(set, List.of(truck)).flows().getFirst();
        FactorSet.CarrierFactors grid = set.carrier(EnergyCarrier.BATTERY_ELECTRIC).orElseThrow();
        assertThat(r.energy()).isCloseTo(20_000 * 1.016, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.co2eWtwKg()).isCloseTo(20_000 * 1.016 * (grid.wttKgPerUnit().value() + grid.ttwKgPerUnit().value()),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.energyFromDefault()).isTrue();
    }

    @Test
    void version_4_is_version_3_with_only_the_studded_rows_and_the_added_energy_figures() {
        for (String id : SETS) {
            FactorSet v4 = footprints.factorSet(id);
            FactorSet v3 = footprints.factorSet(id.replaceAll("-4$", "-3"));
            assertThat(v4.version()).isEqualTo("4");
            assertThat(v4.carriers()).isEqualTo(v3.carriers());
            assertThat(v4.hydrogenRoutes()).isEqualTo(v3.hydrogenRoutes());
            assertThat(v4.vehicles().entrySet().stream()
                    .filter(e -> !ADDED_ENERGY.contains(e.getKey().category() + " " + e.getKey().carrier()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(v3.vehicles()
                    .entrySet().stream().filter(e -> !ADDED_ENERGY.contains(e.getKey().category() + " "
                            + e.getKey().carrier())).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            for (String pair : ADDED_ENERGY) {
                String[] key = pair.split(" ");
                FactorSet.VehicleKey k = new FactorSet.VehicleKey(VehicleCategory.valueOf(key[0]),
                        EnergyCarrier.valueOf(key[1]));
                assertThat(v3.vehicles().get(k) == null ? null : v3.vehicles().get(k).energyPerKm()).as(pair).isNull();
            }
            assertThat(v4.exhaust()).isEqualTo(v3.exhaust());
            assertThat(v4.defaultEuroClass()).isEqualTo(v3.defaultEuroClass());
            assertThat(v4.boundary()).isEqualTo(v3.boundary());
            assertThat(v4.electricityBasis()).isEqualTo(v3.electricityBasis());
            assertThat(v4.wear().entrySet().stream().filter(e -> e.getKey().source() != WearSource.ROAD_STUDDED)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(v3.wear());
            assertThat(v3.wear().keySet()).noneMatch(k -> k.source() == WearSource.ROAD_STUDDED);
        }
    }
}
