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
 * same category, fuel and segment, and says so; petrol N2 trucks and fuel-cell cars gain a default energy use, petrol
 * N3 trucks none (the annex's petrol truck uses less than a diesel N3). Every added figure recomputes from the row it
 * cites, kept in docs/research/emep-2019-annex/upper-bound-rows-selected.csv and
 * docs/research/epa-gvg-2022/epa-rows-selected.csv.
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
    /** The default energy figures version 5 adds; not N3 PETROL, whose only annex row is below the diesel N3's. */
    private static final Set<String> ADDED_ENERGY = Set.of("N2 PETROL", "M1 HYDROGEN");
    /** Directive (EU) 2018/2001, Annex III: MJ per litre, as the sets' energy citations divide by. */
    private static final double PETROL_MJ_PER_L = 32;
    private static final double DIESEL_MJ_PER_L = 36;

    @Autowired FootprintService footprints;

    /** What the research script chose, by "category carrier stage pollutant": the annex row, or null for none. */
    private static Map<String, Map<String, String>> figures() throws IOException {
        Map<String, Map<String, String>> figures = new HashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(FIGURES))) {
            parser.forEach(r -> figures.put(r.get("portal_category") + " " + r.get("carrier") + " "
                    + r.get("euro_class") + " " + r.get("pollutant"), r.toMap()));
        }
        return figures;
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
        assertThat(added).hasSize(21);
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
            assertThat(checked).as(id).isEqualTo(28);
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
    void the_petrol_n2_energy_default_is_the_conventional_ec_row_over_petrols_energy_content_as_an_upper_bound()
            throws IOException {
        Map<Integer, double[]> coefficients = EmepAnnexRows.read(ANNEX_ROWS);
        Map<String, Map<String, String>> figures = figures();
        Pattern divided = Pattern.compile("^.+; divided by Directive \\(EU\\) 2018/2001, Annex III, row Petrol: 32 MJ/l "
                + "= ([0-9.]+) l/km$");
        for (String id : SETS) {
            VehicleCategory category = VehicleCategory.N2;
            Sourced energy = FootprintCalculator.defaultEnergyPerKm(footprints.factorSet(id), category,
                    EnergyCarrier.PETROL).orElseThrow();
            Map<String, String> chosen = figures.get(category + " PETROL EURO_3 EC");
            String where = id + " " + category + " PETROL energy";
            Matcher m = divided.matcher(energy.source());
            assertThat(m.matches()).as(where + ": " + energy.source()).isTrue();
            String annexPart = energy.source().substring(0, energy.source().indexOf("; divided by"));
            checkAnnexFigure(where, new Sourced(0, annexPart), chosen, coefficients, "MJ",
                    EuroClass.EURO_3.label(category));
            Matcher cited = CITED_ROW.matcher(annexPart);
            assertThat(cited.matches()).isTrue();
            double litres = new BigDecimal(Double.parseDouble(cited.group(3)) / 32).round(new MathContext(4))
                    .doubleValue();
            assertThat(energy.value()).as(where).isEqualTo(litres).isEqualTo(Double.parseDouble(m.group(1)));
            assertThat(EnergyUseRanges.of(category, EnergyCarrier.PETROL).orElseThrow().accepts(energy.value()))
                    .isTrue();
            // an upper bound for the size too: 7.555 MJ/km against the diesel N2 default's 7.175
            Sourced diesel = FootprintCalculator.defaultEnergyPerKm(footprints.factorSet(id), category,
                    EnergyCarrier.DIESEL).orElseThrow();
            assertThat(Double.parseDouble(cited.group(3))).as(where)
                    .isGreaterThan(diesel.value() * DIESEL_MJ_PER_L);
        }
    }

    @Test
    void a_petrol_n3_never_gets_an_energy_default_lower_than_a_diesel_n3s_so_it_gets_none() throws IOException {
        Map<String, String> notTaken = figures().get("N3 PETROL EURO_3 EC");
        assertThat(notTaken.get("row")).isEmpty();
        assertThat(notTaken.get("rule")).startsWith("not taken: row 4250").contains("below the diesel N3 default");
        double annexPetrolMjPerKm = EmepAnnexRows.speedFunction(EmepAnnexRows.read(ANNEX_ROWS).get(4250), 30);
        for (String id : SETS) {
            FactorSet v5 = footprints.factorSet(id);
            double dieselMjPerKm = FootprintCalculator.defaultEnergyPerKm(v5, VehicleCategory.N3, EnergyCarrier.DIESEL)
                    .orElseThrow().value() * DIESEL_MJ_PER_L;
            // the annex's one petrol truck above 3.5 t is below the diesel N3 (7.555 against 13.37 MJ/km): no default
            assertThat(annexPetrolMjPerKm).as(id).isLessThan(dieselMjPerKm);
            assertThat(FootprintCalculator.defaultEnergyPerKm(v5, VehicleCategory.N3, EnergyCarrier.PETROL)).as(id)
                    .isEmpty();
            // the rule, for every truck size: a petrol default, where there is one, is never below the diesel's
            for (VehicleCategory category : List.of(VehicleCategory.N2, VehicleCategory.N3)) {
                double diesel = FootprintCalculator.defaultEnergyPerKm(v5, category, EnergyCarrier.DIESEL)
                        .orElseThrow().value() * DIESEL_MJ_PER_L;
                FootprintCalculator.defaultEnergyPerKm(v5, category, EnergyCarrier.PETROL).ifPresent(petrol ->
                        assertThat(petrol.value() * PETROL_MJ_PER_L).as(id + " " + category)
                                .isGreaterThanOrEqualTo(diesel * (1 - 5e-4)));
            }
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
    void what_the_default_stage_covers_now_includes_petrol_trucks_nox_and_energy_default_covers_what_version_4_did_and_more() {
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
            assertThat(exhaustAdded).containsExactly("N2 PETROL", "N3 PETROL");
            TreeSet<String> energyAdded = new TreeSet<>(energyV5);
            energyAdded.removeAll(energyV4);
            assertThat(energyV5).containsAll(energyV4);
            assertThat(energyAdded).isEqualTo(new TreeSet<>(ADDED_ENERGY));
            assertThat(energyV5).doesNotContain("N3 PETROL");
            // still not covered at the default stage: gas cars (the annex's CNG cars begin at Euro 4), gas vans and
            // trucks (the annex has none), petrol buses
            for (String pair : List.of("M1 FOSSIL_GAS", "M1 BIOGAS", "N1 FOSSIL_GAS", "N2 FOSSIL_GAS", "N3 BIOGAS",
                    "M2_M3 PETROL")) {
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
    void a_petrol_n3_truck_has_nox_but_its_exhaust_pm_stays_not_covered_and_it_must_give_its_energy_use() {
        FactorSet v5 = footprints.factorSet("no-2026-5");
        for (String stage : List.of("Euro VI", "")) {
            Flow truck = new Flow(VehicleCategory.N3, EnergyCarrier.PETROL, stage.isEmpty() ? null : stage, null,
                    null, 20_000.0, 0.45, null, null, null, null, false);
            FlowResult r = FootprintCalculator.calculate(v5, List.of(truck)).flows().getFirst();
            assertThat(r.euroClassAssumed()).isEqualTo(stage.isEmpty());
            assertThat(r.noxG()).isCloseTo(20_000 * 4.56, within(1e-6));
            assertThat(r.pmExhaustG()).isNull();
            assertThat(r.pmG()).isNull();
            assertThat(r.pmNonExhaustG()).isCloseTo(20_000 * 0.0521, within(1e-6));
            assertThat(r.energyFromDefault()).isFalse();
            assertThat(r.energy()).isCloseTo(20_000 * 0.45, within(1e-6));

            // with only its distance its energy is not covered: the calculator asks for it, as for any pair without
            // a default, rather than count it with less energy than a diesel N3
            Flow distanceOnly = new Flow(VehicleCategory.N3, EnergyCarrier.PETROL, stage.isEmpty() ? null : stage,
                    null, null, 20_000.0, null, null, null, null, null, false);
            assertThatThrownBy(() -> FootprintCalculator.calculate(v5, List.of(distanceOnly)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsExactly(Map.entry("flows[0].energyPerKm",
                                    "validation.footprint.energy-per-km-needed")));
        }
        // version 4 had neither a figure nor an energy default: a flow had to give its energy use
        Flow declared = new Flow(VehicleCategory.N3, EnergyCarrier.PETROL, "Euro VI", null, null, 20_000.0, 0.45, null,
                null, null, null, false);
        FlowResult before = FootprintCalculator.calculate(footprints.factorSet("no-2026-4"), List.of(declared)).flows()
                .getFirst();
        assertThat(before.noxG()).isNull();
    }

    @Test
    void a_petrol_n2_truck_that_gives_only_its_distance_takes_the_conventional_petrol_trucks_energy_and_nox() {
        FactorSet v5 = footprints.factorSet("no-2026-5");
        Flow truck = new Flow(VehicleCategory.N2, EnergyCarrier.PETROL, null, null, null, 20_000.0, null, null, null,
                null, null, false);
        FlowResult r = FootprintCalculator.calculate(v5, List.of(truck)).flows().getFirst();
        assertThat(r.euroClassAssumed()).isTrue();
        assertThat(r.energyFromDefault()).isTrue();
        assertThat(r.energy()).isCloseTo(20_000 * 0.2361, within(1e-6));
        assertThat(r.noxG()).isCloseTo(20_000 * 4.56, within(1e-6));
        assertThat(r.pmExhaustG()).isNull();
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
