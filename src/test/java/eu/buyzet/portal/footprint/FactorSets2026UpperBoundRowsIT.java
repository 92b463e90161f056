package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import eu.buyzet.portal.shared.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, decision 054: version 5 of the sets of 2026 (schema 057) is version 4 plus rows that are upper bounds, and
 * the default. A stage the EMEP/EEA 2019 annex has no row for takes the row of the newest earlier stage it has for the
 * same category, fuel and segment where that row is checked to be an upper bound, and says so; fuel-cell cars gain a
 * default energy use. Petrol N2 and N3 trucks stay not covered, exhaust and energy, as in version 4: the annex's one
 * petrol truck segment is lighter than either. Every added figure recomputes from the row it cites, kept in
 * docs/research/emep-2019-annex/upper-bound-rows-selected.csv and docs/research/epa-gvg-2022/epa-rows-selected.csv.
 */
@PortalIntegrationTest
class FactorSets2026UpperBoundRowsIT {

    private static final List<String> SETS = List.of("no-2026-5", "eu-2026-5", "no-2026-market-5");
    private static final Path ANNEX_ROWS = Path.of("docs/research/emep-2019-annex/upper-bound-rows-selected.csv");
    private static final Path FIGURES = Path.of("docs/research/emep-2019-annex/upper-bound-figures.csv");
    private static final Path EPA_ROWS = Path.of("docs/research/epa-gvg-2022/epa-rows-selected.csv");
    private static final Pattern CITED_ROW = Pattern.compile(
            "^EMEP/EEA air pollutant emission inventory guidebook 2019, 1\\.A\\.3\\.b\\.i-iv, Appendix 4 hot emission "
                    + "factors annex, row (\\d+) \\((.+)\\): speed function at 30 km/h = ([0-9.e-]+) (g|MJ)/km; read "
                    + "from cran/vein R/sysdata\\.rda \\(c1625d2\\), one copy(.*)$");
    private static final Pattern UPPER_BOUND = Pattern.compile("^; the annex has no (Euro [IV1-6]+) row for this "
            + "category, fuel and segment: the row of the newest earlier stage it has, (Euro [IV1-6]+|EEV|Conventional), "
            + "is taken as an upper bound for \\1(?:, the stage a flow without one counts as)? \\(decision 054\\)(.*)$");
    private static final Pattern EPA_CITED = Pattern.compile("^US Environmental Protection Agency, Green Vehicle Guide "
            + "data file, model year 2022 \\(all_alpha_22\\.csv\\), line (\\d+): Model (.+), Fuel Hydrogen, Cert Region "
            + "FA, .+ column 'Cmb MPG' \\(combined city/highway\\) = (\\d+) miles per gallon of gasoline equivalent, .+ "
            + "the US label's test cycles, not WLTP; .+ = ([0-9.]+) kg/km$");
    /** The default energy figures version 5 adds; no petrol truck (the annex's one petrol truck is lighter). */
    private static final Set<String> ADDED_ENERGY = Set.of("M1 HYDROGEN");

    @Autowired FootprintService footprints;

    /** What the research script chose, by "category carrier stage pollutant": the annex row, or null for none. */
    private static Map<String, Map<String, String>> figures() throws IOException {
        // a candidate the script did not take is listed with why, and is no figure
        Map<String, Map<String, String>> figures = new HashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(FIGURES))) {
            parser.stream().filter(r -> !r.get("rule").startsWith("not taken"))
                    .forEach(r -> figures.put(r.get("portal_category") + " " + r.get("carrier") + " "
                            + r.get("euro_class") + " " + r.get("pollutant"), r.toMap()));
        }
        return figures;
    }

    /** The candidates the research script did not take, by "category carrier pollutant": why. */
    private static Map<String, String> notTaken() throws IOException {
        Map<String, String> notTaken = new HashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(FIGURES))) {
            parser.stream().filter(r -> r.get("rule").startsWith("not taken")).forEach(r -> notTaken.put(
                    r.get("portal_category") + " " + r.get("carrier") + " " + r.get("pollutant"), r.get("rule")));
        }
        return notTaken;
    }

    /** Well-to-wheel kg CO2e per km of a set's default energy use for the pair, if the set has one. */
    private static Optional<Double> defaultWtwKgPerKm(FactorSet set, VehicleCategory category,
                                                      EnergyCarrier carrier) {
        return FootprintCalculator.defaultEnergyPerKm(set, category, carrier).map(energy -> {
            FactorSet.CarrierFactors f = set.carrier(carrier).orElseThrow();
            return energy.value() * (f.wttKgPerUnit().value() + f.ttwKgPerUnit().value());
        });
    }

    @Test
    void version_5_of_the_norwegian_set_is_what_a_calculation_without_a_set_uses() {
        assertThat(footprints.defaultFactorSet().id()).isEqualTo("no-2026-5");
        assertThat(footprints.factorSets().stream().filter(FactorSetSummary::isDefault).map(FactorSetSummary::id))
                .containsExactly("no-2026-5");
    }

    @Test
    void version_5_is_version_4_with_only_the_upper_bound_exhaust_rows_and_the_added_energy_figures()
            throws IOException {
        Set<FactorSet.ExhaustKey> added = figures().values().stream().filter(r -> !r.get("pollutant").equals("EC"))
                .map(r -> new FactorSet.ExhaustKey(VehicleCategory.valueOf(r.get("portal_category")),
                        EnergyCarrier.valueOf(r.get("carrier")), EuroClass.valueOf(r.get("euro_class"))))
                .collect(Collectors.toSet());
        assertThat(added).hasSize(7);
        Predicate<FactorSet.VehicleKey> addedEnergy = k -> ADDED_ENERGY.contains(k.category() + " " + k.carrier());
        for (String id : SETS) {
            FactorSet v5 = footprints.factorSet(id);
            FactorSet v4 = footprints.factorSet(id.replaceAll("-5$", "-4"));
            assertThat(v5.version()).isEqualTo("5");
            assertThat(v5.name()).isEqualTo(v4.name());
            assertThat(v5.carriers()).isEqualTo(v4.carriers());
            assertThat(v5.hydrogenRoutes()).isEqualTo(v4.hydrogenRoutes());
            assertThat(v5.wear()).isEqualTo(v4.wear());
            assertThat(v5.defaultEuroClass()).isEqualTo(v4.defaultEuroClass()).isEqualTo(EuroClass.EURO_3);
            assertThat(v5.boundary()).isEqualTo(v4.boundary());
            assertThat(v5.electricityBasis()).isEqualTo(v4.electricityBasis());
            assertThat(v4.exhaust().keySet()).doesNotContainAnyElementsOf(added);
            assertThat(v5.exhaust().keySet()).containsAll(added).hasSize(v4.exhaust().size() + added.size());
            assertThat(v5.exhaust().entrySet().stream().filter(e -> !added.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(v4.exhaust());
            assertThat(v5.vehicles().entrySet().stream().filter(e -> !addedEnergy.test(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(v4.vehicles()
                    .entrySet().stream().filter(e -> !addedEnergy.test(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            for (String pair : ADDED_ENERGY) {
                String[] key = pair.split(" ");
                VehicleCategory category = VehicleCategory.valueOf(key[0]);
                EnergyCarrier carrier = EnergyCarrier.valueOf(key[1]);
                assertThat(FootprintCalculator.defaultEnergyPerKm(v4, category, carrier)).as(id + " " + pair).isEmpty();
                assertThat(FootprintCalculator.defaultEnergyPerKm(v5, category, carrier)).as(id + " " + pair)
                        .isPresent();
                // only the energy is added: the vehicle row has no other figure
                FactorSet.VehicleFactors v = v5.vehicle(category, carrier).orElseThrow();
                assertThat(v.noxGPerKm()).isNull();
                assertThat(v.pmExhaustGPerKm()).isNull();
                assertThat(v.pmNonExhaustGPerKm()).isNull();
            }
        }
    }

    @Test
    void every_added_exhaust_figure_is_its_cited_annex_rows_speed_function_and_says_where_it_is_an_upper_bound()
            throws IOException {
        Map<Integer, double[]> coefficients = EmepAnnexRows.read(ANNEX_ROWS);
        Map<String, Map<String, String>> figures = figures();
        for (String id : SETS) {
            FactorSet v4 = footprints.factorSet(id.replaceAll("-5$", "-4"));
            int checked = 0;
            for (FactorSet.ExhaustFactors e : footprints.factorSet(id).exhaust().values()) {
                if (v4.exhaust().containsKey(e.key())) {
                    continue;
                }
                String key = e.key().category() + " " + e.key().carrier() + " " + e.key().euroClass();
                for (String pollutant : List.of("NOx", "PM")) {
                    Sourced figure = pollutant.equals("NOx") ? e.noxGPerKm() : e.pm25GPerKm();
                    Map<String, String> chosen = figures.get(key + " " + pollutant);
                    assertThat(chosen).as(key + " " + pollutant + " is in the script's CSV").isNotNull();
                    if (chosen.get("row").isEmpty()) {
                        // the annex has no row for it at this or an earlier stage: not covered, never 0
                        assertThat(figure).as(id + " " + key + " " + pollutant).isNull();
                        continue;
                    }
                    assertThat(figure).as(id + " " + key + " " + pollutant).isNotNull();
                    checkAnnexFigure(id + " " + key + " " + pollutant, figure, chosen, coefficients, "g",
                            e.key().euroClass().label(e.key().category()));
                    assertThat(FactorBounds.pollutant(pollutant.equals("NOx") ? "nox_g_per_km" : "pm_exhaust_g_per_km",
                            figure.value())).isEmpty();
                    checked++;
                }
            }
            assertThat(checked).as(id).isEqualTo(14);
        }
    }

    /** One annex figure: the row it cites is the script's, recomputes to its value, and says if it is an upper bound. */
    private static void checkAnnexFigure(String where, Sourced figure, Map<String, String> chosen,
                                         Map<Integer, double[]> coefficients, String unit, String declared) {
        Matcher cited = CITED_ROW.matcher(figure.source());
        assertThat(cited.matches()).as(where + ": " + figure.source()).isTrue();
        assertThat(cited.group(1)).as(where).isEqualTo(chosen.get("row"));
        assertThat(cited.group(2)).as(where).contains(chosen.get("annex_stage_read"));
        assertThat(cited.group(4)).isEqualTo(unit);
        double[] row = coefficients.get(Integer.parseInt(cited.group(1)));
        assertThat(row).as("row " + cited.group(1) + " is kept beside the script").isNotNull();
        double recomputed = EmepAnnexRows.speedFunction(row, 30);
        assertThat(Double.parseDouble(cited.group(3))).as(where).isCloseTo(recomputed, within(recomputed * 5e-4));
        Matcher bound = UPPER_BOUND.matcher(cited.group(5));
        if (chosen.get("rule").equals("upper bound")) {
            assertThat(bound.matches()).as(where + ": " + figure.source()).isTrue();
            assertThat(bound.group(1)).isEqualTo(declared);
            assertThat(bound.group(2)).isEqualTo(chosen.get("annex_stage_read"));
        } else {
            assertThat(figure.source()).as(where).doesNotContain("upper bound");
        }
        if (unit.equals("g")) {
            assertThat(figure.value()).as(where).isEqualTo(Double.parseDouble(cited.group(3)));
        }
    }

    @Test
    void petrol_n2_and_n3_trucks_take_no_row_since_the_annexs_one_petrol_truck_segment_is_lighter_than_either()
            throws IOException {
        Map<Integer, double[]> rows = EmepAnnexRows.read(ANNEX_ROWS);
        Map<String, String> notTaken = notTaken();
        double petrolTruck = EmepAnnexRows.speedFunction(rows.get(4250), 30);
        // the diesel N2 and N3 segments' pre-Euro energy use: the petrol ">3,5 t" truck uses less than either
        for (var segment : Map.of("N2", 5537, "N3", 10217).entrySet()) {
            double diesel = EmepAnnexRows.speedFunction(rows.get(segment.getValue()), 30);
            assertThat(petrolTruck).as(segment.getKey()).isLessThan(diesel);
            for (String pollutant : List.of("NOx", "EC")) {
                assertThat(notTaken.get(segment.getKey() + " PETROL " + pollutant))
                        .as(segment.getKey() + " " + pollutant).contains("is not the sets' " + segment.getKey() + " segment").contains("a lighter truck");
            }
            assertThat(notTaken.get(segment.getKey() + " PETROL EC")).contains("kg CO2e/km WTW is below the diesel "
                    + segment.getKey() + " default");
        }
        for (String id : SETS) {
            FactorSet v5 = footprints.factorSet(id);
            for (VehicleCategory category : List.of(VehicleCategory.N2, VehicleCategory.N3)) {
                for (EuroClass stage : EuroClass.values()) {
                    assertThat(v5.exhaust(category, EnergyCarrier.PETROL, stage)).as(id + " " + category + " " + stage)
                            .isEmpty();
                }
                assertThat(FootprintCalculator.defaultEnergyPerKm(v5, category, EnergyCarrier.PETROL))
                        .as(id + " " + category).isEmpty();
            }
            // the candidate would have counted a petrol N2 with less CO2e per km than the diesel N2 default
            FactorSet.CarrierFactors petrol = v5.carrier(EnergyCarrier.PETROL).orElseThrow();
            double candidateWtw = new BigDecimal(petrolTruck / 32).round(new MathContext(4)).doubleValue()
                    * (petrol.wttKgPerUnit().value() + petrol.ttwKgPerUnit().value());
            assertThat(candidateWtw).as(id).isLessThan(defaultWtwKgPerKm(v5, VehicleCategory.N2, EnergyCarrier.DIESEL)
                    .orElseThrow());
        }
    }

    /**
     * Not giving the energy use must never look cleaner: a petrol or fossil gas vehicle counted with its default never
     * has less WTW CO2e per km than a diesel one of its category counted with the diesel default, where both exist.
     * One exception, from version 4 and kept by version 5, is pinned so that no new one goes unseen: the gas van
     * (JRC-IDEES 2021, the German CNG van stock's real-world average, decision 051) against the annex's diesel N1.
     */
    @Test
    void no_version_5_energy_default_gives_a_petrol_or_fossil_gas_vehicle_less_wtw_co2e_per_km_than_the_diesel_default() {
        for (String id : SETS) {
            FactorSet v5 = footprints.factorSet(id);
            TreeSet<String> below = new TreeSet<>();
            int compared = 0;
            for (VehicleCategory category : VehicleCategory.values()) {
                var diesel = defaultWtwKgPerKm(v5, category, EnergyCarrier.DIESEL);
                for (EnergyCarrier carrier : List.of(EnergyCarrier.PETROL, EnergyCarrier.FOSSIL_GAS)) {
                    var other = defaultWtwKgPerKm(v5, category, carrier);
                    if (diesel.isEmpty() || other.isEmpty()) {
                        continue;
                    }
                    compared++;
                    if (other.get() < diesel.get()) {
                        below.add(category + " " + carrier);
                    }
                }
            }
            assertThat(compared).as(id).isGreaterThanOrEqualTo(5);
            assertThat(below).as(id).containsExactly("N1 FOSSIL_GAS");
            assertThat(defaultWtwKgPerKm(v5, VehicleCategory.N2, EnergyCarrier.PETROL)).as(id).isEmpty();
            assertThat(defaultWtwKgPerKm(v5, VehicleCategory.N3, EnergyCarrier.PETROL)).as(id).isEmpty();
        }
    }

    @Test
    void the_fuel_cell_car_default_is_the_highest_use_hydrogen_car_of_the_epas_2022_file_on_the_us_cycle()
            throws IOException {
        List<Map<String, String>> rows;
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(EPA_ROWS))) {
            rows = parser.stream().map(r -> r.toMap()).toList();
        }
        Map<String, String> taken = rows.stream().filter(r -> r.get("taken").equals("yes")).findFirst().orElseThrow();
        // the most a hydrogen car of the file uses: the lowest combined MPGe
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("Cmb MPG")))
                .isGreaterThanOrEqualTo(Integer.parseInt(taken.get("Cmb MPG"))));
        for (String id : SETS) {
            Sourced energy = FootprintCalculator.defaultEnergyPerKm(footprints.factorSet(id), VehicleCategory.M1,
                    EnergyCarrier.HYDROGEN).orElseThrow();
            Matcher m = EPA_CITED.matcher(energy.source());
            assertThat(m.matches()).as(id + ": " + energy.source()).isTrue();
            assertThat(m.group(1)).isEqualTo(taken.get("line"));
            assertThat(m.group(2)).isEqualTo(taken.get("Model"));
            assertThat(m.group(3)).isEqualTo(taken.get("Cmb MPG"));
            double kgPerKm = new BigDecimal(1 / (Integer.parseInt(m.group(3)) * 1.609344)).round(new MathContext(4))
                    .doubleValue();
            assertThat(energy.value()).isEqualTo(kgPerKm).isEqualTo(Double.parseDouble(m.group(4)))
                    .isEqualTo(Double.parseDouble(taken.get("kg_per_km")));
            assertThat(EnergyUseRanges.of(VehicleCategory.M1, EnergyCarrier.HYDROGEN).orElseThrow()
                    .accepts(energy.value())).isTrue();
        }
    }

    @Test
    void what_the_default_stage_covers_is_version_4s_and_energy_defaults_add_only_the_fuel_cell_car() {
        for (String id : SETS) {
            FactorSet v5 = footprints.factorSet(id);
            FactorSet v4 = footprints.factorSet(id.replaceAll("-5$", "-4"));
            TreeSet<String> exhaustV4 = new TreeSet<>();
            TreeSet<String> exhaustV5 = new TreeSet<>();
            TreeSet<String> energyV4 = new TreeSet<>();
            TreeSet<String> energyV5 = new TreeSet<>();
            for (VehicleCategory category : VehicleCategory.values()) {
                for (EnergyCarrier carrier : EnergyCarrier.values()) {
                    String pair = category + " " + carrier;
                    v4.exhaust(category, carrier, EuroClass.EURO_3).ifPresent(e -> exhaustV4.add(pair));
                    v5.exhaust(category, carrier, EuroClass.EURO_3).ifPresent(e -> exhaustV5.add(pair));
                    FootprintCalculator.defaultEnergyPerKm(v4, category, carrier).ifPresent(e -> energyV4.add(pair));
                    FootprintCalculator.defaultEnergyPerKm(v5, category, carrier).ifPresent(e -> energyV5.add(pair));
                }
            }
            TreeSet<String> exhaustAdded = new TreeSet<>(exhaustV5);
            exhaustAdded.removeAll(exhaustV4);
            assertThat(exhaustV5).containsAll(exhaustV4);
            assertThat(exhaustAdded).isEmpty();
            TreeSet<String> energyAdded = new TreeSet<>(energyV5);
            energyAdded.removeAll(energyV4);
            assertThat(energyV5).containsAll(energyV4);
            assertThat(energyAdded).isEqualTo(new TreeSet<>(ADDED_ENERGY));
            assertThat(energyV5).doesNotContain("N2 PETROL", "N3 PETROL");
            // still not covered at the default stage: gas cars (the annex's CNG cars begin at Euro 4), gas vans and
            // trucks (the annex has none), petrol trucks (the annex's one is lighter) and buses
            for (String pair : List.of("M1 FOSSIL_GAS", "M1 BIOGAS", "N1 FOSSIL_GAS", "N2 FOSSIL_GAS", "N3 BIOGAS",
                    "N2 PETROL", "N3 PETROL", "M2_M3 PETROL")) {
                assertThat(exhaustV5).doesNotContain(pair);
            }
        }
    }

    @Test
    void a_euro_vi_gas_bus_now_has_nox_and_pm_from_the_eev_row_and_an_eev_bus_counts_as_euro_v() {
        FactorSet v5 = footprints.factorSet("no-2026-5");
        FactorSet v4 = footprints.factorSet("no-2026-4");
        for (VehicleCategory category : List.of(VehicleCategory.M2_M3, VehicleCategory.M2)) {
            Flow bus = new Flow(category, EnergyCarrier.FOSSIL_GAS, "Euro VI", null, null, 50_000.0, null, null,
                    null, null, null, false);
            FlowResult before = FootprintCalculator.calculate(v4, List.of(bus)).flows().getFirst();
            assertThat(before.noxG()).isNull();
            assertThat(before.pmExhaustG()).isNull();
            FlowResult after = FootprintCalculator.calculate(v5, List.of(bus)).flows().getFirst();
            assertThat(after.euroClass()).isEqualTo(EuroClass.EURO_6);
            assertThat(after.euroClassAssumed()).isFalse();
            assertThat(after.noxG()).isCloseTo(50_000 * 3.264, within(1e-6));
            assertThat(after.pmExhaustG()).isCloseTo(50_000 * 0.008977, within(1e-6));
            assertThat(after.pmG()).isCloseTo(after.pmExhaustG() + after.pmNonExhaustG(), within(1e-9));
            // the CO2e is version 4's: the rows change the air, not the climate
            assertThat(after.co2eWtwKg()).isCloseTo(before.co2eWtwKg(), within(1e-9));
        }
        // EEV is read as Euro V, the lower stage: the Euro III row, an upper bound
        Flow eev = new Flow(VehicleCategory.M2_M3, EnergyCarrier.BIOGAS, "EEV", null, null, 50_000.0, null, null,
                null, null, null, false);
        FlowResult r = FootprintCalculator.calculate(v5, List.of(eev)).flows().getFirst();
        assertThat(r.euroClass()).isEqualTo(EuroClass.EURO_5);
        assertThat(r.noxG()).isCloseTo(50_000 * 10.0, within(1e-6));
    }

    @Test
    void a_petrol_n2_or_n3_truck_has_no_exhaust_figure_and_with_only_its_distance_is_asked_for_its_energy_use() {
        FactorSet v5 = footprints.factorSet("no-2026-5");
        for (VehicleCategory category : List.of(VehicleCategory.N2, VehicleCategory.N3)) {
            for (String stage : List.of("Euro VI", "")) {
                Flow truck = new Flow(category, EnergyCarrier.PETROL, stage.isEmpty() ? null : stage, null, null,
                        20_000.0, 0.45, null, null, null, null, false);
                FlowResult r = FootprintCalculator.calculate(v5, List.of(truck)).flows().getFirst();
                assertThat(r.euroClassAssumed()).isEqualTo(stage.isEmpty());
                assertThat(r.noxG()).as(category + " " + stage).isNull();
                assertThat(r.pmExhaustG()).isNull();
                assertThat(r.pmG()).isNull();
                assertThat(r.pmNonExhaustG()).isCloseTo(20_000 * 0.0521, within(1e-6));
                assertThat(r.energyFromDefault()).isFalse();
                assertThat(r.energy()).isCloseTo(20_000 * 0.45, within(1e-6));
                // as in version 4
                FlowResult before = FootprintCalculator.calculate(footprints.factorSet("no-2026-4"), List.of(truck))
                        .flows().getFirst();
                assertThat(before.noxG()).isNull();
                assertThat(before.co2eWtwKg()).isCloseTo(r.co2eWtwKg(), within(1e-9));

                // with only its distance its energy is not covered: the calculator asks for it, as for any pair
                // without a default, rather than count it with less CO2e than a diesel truck of its size
                Flow distanceOnly = new Flow(category, EnergyCarrier.PETROL, stage.isEmpty() ? null : stage, null,
                        null, 20_000.0, null, null, null, null, null, false);
                assertThatThrownBy(() -> FootprintCalculator.calculate(v5, List.of(distanceOnly)))
                        .as(category + " " + stage)
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry("flows[0].energyPerKm",
                                        "validation.footprint.energy-per-km-needed")));
            }
        }
    }

    @Test
    void in_version_5_an_undeclared_stage_never_looks_cleaner_than_any_declared_stage_and_older_sets_are_unchanged() {
        for (String id : SETS) {
            FactorSet v5 = footprints.factorSet(id);
            FactorSet v4 = footprints.factorSet(id.replaceAll("-5$", "-4"));
            assertThat(v5.undeclaredStageHighest()).as(id).isTrue();
            assertThat(v4.undeclaredStageHighest()).as(id).isFalse();
            int pairs = 0;
            for (VehicleCategory category : VehicleCategory.values()) {
                for (EnergyCarrier carrier : EnergyCarrier.values()) {
                    if (carrier == EnergyCarrier.HUMAN_POWERED || carrier.zeroEmission()
                            || EnergyUseRanges.of(category, carrier).isEmpty()
                            && FootprintCalculator.defaultEnergyPerKm(v5, category, carrier).isEmpty()) {
                        continue;
                    }
                    FlowResult undeclared = air(v5, category, carrier, null);
                    assertThat(undeclared.euroClassAssumed()).isTrue();
                    boolean any = false;
                    for (EuroClass stage : EuroClass.values()) {
                        if (v5.exhaust(category, carrier, stage).isEmpty()) {
                            continue;
                        }
                        any = true;
                        FlowResult declared = air(v5, category, carrier, stage.label(category));
                        String where = id + " " + category + " " + carrier + " " + stage;
                        if (declared.noxG() != null) {
                            assertThat(undeclared.noxG()).as(where).isNotNull()
                                    .isGreaterThanOrEqualTo(declared.noxG());
                        }
                        if (declared.pmExhaustG() != null) {
                            assertThat(undeclared.pmExhaustG()).as(where).isNotNull()
                                    .isGreaterThanOrEqualTo(declared.pmExhaustG());
                        }
                    }
                    pairs += any ? 1 : 0;
                }
            }
            assertThat(pairs).as(id).isGreaterThan(10);
            // version 4 keeps taking Euro 3: a diesel N3 without a stage has Euro III's NOx there, pre-Euro's here
            assertThat(air(v4, VehicleCategory.N3, EnergyCarrier.DIESEL, null).noxG())
                    .isCloseTo(20_000 * 8.448, within(1e-6));
            assertThat(air(v5, VehicleCategory.N3, EnergyCarrier.DIESEL, null).noxG())
                    .isCloseTo(20_000 * 13.81, within(1e-6));
            assertThat(air(v5, VehicleCategory.N3, EnergyCarrier.DIESEL, null).pmExhaustG())
                    .isCloseTo(20_000 * 0.5688, within(1e-6));
        }
    }

    private static FlowResult air(FactorSet set, VehicleCategory category, EnergyCarrier carrier,
                                  @org.jspecify.annotations.Nullable String stage) {
        // an energy use inside the plausible range, so that every pair computes; the air does not depend on it
        Double perKm = EnergyUseRanges.of(category, carrier).map(r -> (r.publishedLow() + r.publishedHigh()) / 2)
                .orElse(null);
        Flow flow = new Flow(category, carrier, stage, null, null, 20_000.0, perKm, null, null, null, null, false);
        return FootprintCalculator.calculate(set, List.of(flow)).flows().getFirst();
    }

    @Test
    void a_euro_6_motorcycle_takes_the_euro_5_row() {
        FactorSet v5 = footprints.factorSet("no-2026-5");
        FactorSet.ExhaustFactors euro6 = v5.exhaust(VehicleCategory.L, EnergyCarrier.PETROL, EuroClass.EURO_6)
                .orElseThrow();
        FactorSet.ExhaustFactors euro5 = v5.exhaust(VehicleCategory.L, EnergyCarrier.PETROL, EuroClass.EURO_5)
                .orElseThrow();
        assertThat(euro6.noxGPerKm().value()).isEqualTo(euro5.noxGPerKm().value());
        assertThat(euro6.pm25GPerKm().value()).isEqualTo(euro5.pm25GPerKm().value());
        assertThat(euro6.noxGPerKm().source()).contains("row 28707").contains("upper bound for Euro 6");
    }
}
