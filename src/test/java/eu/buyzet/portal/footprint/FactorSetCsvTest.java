package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EuroClass;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FactorSetCsvTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** A problem as the preview lists it to a reader in {@code locale}. */
    static String text(FactorSetCsv.Problem problem, Locale locale) {
        return problem.text((key, args) -> MESSAGES.getMessage(key, args, locale));
    }

    static String english(FactorSetCsv.Problem problem) {
        return text(problem, Locale.ENGLISH);
    }

    static final String VALID = """
            # Norway 2026, for the test
            set,name,Norway 2026
            set,version,1
            set,valid_from,2026-01-01
            set,boundary,Well-to-wheel (ISO 14083)
            set,gwp_basis,GWP100 (IPCC AR6)
            set,electricity_basis,"Location-based, NVE 2024"
            carrier,DIESEL,wtt,0.6,"UK DESNZ 2026, WTT-fuels"
            carrier,DIESEL,ttw,2.5,UK DESNZ 2026 Fuels
            carrier,BATTERY_ELECTRIC,wtt,0.02,NVE 2024
            carrier,BATTERY_ELECTRIC,ttw,0,No combustion
            vehicle,N1,DIESEL,energy_per_km,0.1,Test source
            vehicle,N1,DIESEL,nox_g_per_km,0.3,COPERT test
            """;

    @Test
    void a_complete_file_gives_a_factor_set_with_every_source() {
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(VALID);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.set().id()).isEqualTo("norway-2026-1");
        assertThat(parsed.figures()).isEqualTo(6);
        assertThat(parsed.set().electricityBasis()).isEqualTo("Location-based, NVE 2024");
        assertThat(parsed.set().carrier(EnergyCarrier.DIESEL).orElseThrow().wttKgPerUnit().source())
                .isEqualTo("UK DESNZ 2026, WTT-fuels");
        assertThat(parsed.set().vehicle(VehicleCategory.N1, EnergyCarrier.DIESEL).orElseThrow().pmExhaustGPerKm()).isNull();
    }

    @Test
    void every_problem_is_listed_with_its_line() {
        String broken = VALID.replace("carrier,DIESEL,ttw,2.5,UK DESNZ 2026 Fuels", "carrier,DISEL,ttw,2.5,x")
                .replace("vehicle,N1,DIESEL,nox_g_per_km,0.3,COPERT test", "vehicle,N1,DIESEL,nox_g_per_km,-1,COPERT")
                .replace("carrier,BATTERY_ELECTRIC,wtt,0.02,NVE 2024", "carrier,BATTERY_ELECTRIC,wtt,0.02,")
                .replace("set,version,1\n", "");
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(broken);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FactorSetCsvTest::english)
                .contains("Line 8: unknown vehicle category, energy carrier, hydrogen route or wear source",
                        "Line 9: column 5 is empty: every figure carries its source",
                        "Line 12: a factor cannot be negative: -1",
                        "the set field version is missing (a line: set,version,…)",
                        "DIESEL needs both its wtt and its ttw figure");
    }

    @Test
    void grams_entered_as_kilograms_are_refused_naming_line_column_and_the_plausible_range() {
        String grams = VALID.replace("carrier,DIESEL,ttw,2.5,", "carrier,DIESEL,ttw,2570,")
                .replace("carrier,BATTERY_ELECTRIC,wtt,0.02,", "carrier,BATTERY_ELECTRIC,wtt,19,");
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(grams);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::line).containsExactly(9L, 10L);
        assertThat(english(parsed.problems().get(0))).startsWith("Line 9, column 4 (the figure): 2570 kg CO2e/l is "
                + "outside the plausible 1.5–2.8 kg CO2e/l for DIESEL ttw (fossil carbon content (IPCC 2006")
                .endsWith("grams entered as kilograms?");
        assertThat(english(parsed.problems().get(1))).startsWith("Line 10, column 4 (the figure): 19 kg CO2e/kWh is "
                + "outside the plausible 0–1.5 kg CO2e/kWh for BATTERY_ELECTRIC wtt");
    }

    @Test
    void absurd_energy_use_and_pollutants_are_refused_in_the_units_of_their_vehicle() {
        String absurd = VALID.replace("vehicle,N1,DIESEL,energy_per_km,0.1,", "vehicle,N1,DIESEL,energy_per_km,9.9,")
                .replace("vehicle,N1,DIESEL,nox_g_per_km,0.3,", "vehicle,N1,DIESEL,nox_g_per_km,300,")
                + "vehicle,N3,BATTERY_ELECTRIC,energy_per_km,1.3,Test source\n"
                + "vehicle,N3,HYDROGEN,energy_per_km,1.3,Test source\n"
                + "vehicle,L,HUMAN_POWERED,energy_per_km,0.01,Test source\n";
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(absurd);
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::line).containsExactly(12L, 13L, 15L, 16L);
        assertThat(parsed.problems()).extracting(FactorSetCsvTest::english).satisfiesExactly(
                m -> assertThat(m).startsWith("Line 12, column 5 (the figure): 9.9 l/km is outside the plausible "
                        + "0.025–0.21 l/km for N1 on DIESEL"),
                m -> assertThat(m).startsWith("Line 13, column 5 (the figure): 300 g/km is above the plausible 30 g/km"),
                m -> assertThat(m).startsWith("Line 15, column 5 (the figure): 1.3 kg/km is outside the plausible "
                        + "0.035–0.24 kg/km"),
                m -> assertThat(m).contains("no such vehicle uses energy on the road"));
    }

    static final String AIR = VALID + """
            set,default_euro_class,Euro IV
            exhaust,N1,DIESEL,EURO_6,nox_g_per_km,0.1,"Test table 3-1, row N1 diesel Euro 6"
            exhaust,N1,DIESEL,Euro VI,pm25_g_per_km,0.002,Test table 3-1
            exhaust,N1,DIESEL,EURO_4,nox_g_per_km,0.5,Test table 3-1
            wear,N1,TYRE,pm25_g_per_km,0.0071,"UBA IIR 2023, Table 1, row PM2.5, column LDVs"
            wear,N1,TYRE,pm10_g_per_km,0.0101,UBA IIR 2023
            wear,N1,BRAKE,pm25_g_per_km,0.00456,UBA IIR 2023
            wear,N1,ROAD,pm25_g_per_km,0.00405,UBA IIR 2021
            """;

    @Test
    void exhaust_figures_by_euro_class_wear_figures_and_the_default_class_are_read_with_their_sources() {
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(AIR);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.figures()).isEqualTo(6 + 7);
        var set = parsed.set();
        assertThat(set.defaultEuroClass()).isEqualTo(EuroClass.EURO_4);
        var euro6 = set.exhaust(VehicleCategory.N1, EnergyCarrier.DIESEL, EuroClass.EURO_6).orElseThrow();
        assertThat(euro6.noxGPerKm().value()).isEqualTo(0.1);
        assertThat(euro6.noxGPerKm().source()).isEqualTo("Test table 3-1, row N1 diesel Euro 6");
        assertThat(euro6.pm25GPerKm().value()).as("Euro VI is the same class").isEqualTo(0.002);
        assertThat(set.exhaust(VehicleCategory.N1, EnergyCarrier.DIESEL, EuroClass.EURO_4).orElseThrow().pm25GPerKm())
                .isNull();
        var tyre = set.wear(VehicleCategory.N1, WearSource.TYRE).orElseThrow();
        assertThat(tyre.pm25GPerKm().source()).isEqualTo("UBA IIR 2023, Table 1, row PM2.5, column LDVs");
        assertThat(tyre.pm10GPerKm().value()).isEqualTo(0.0101);
    }

    @Test
    void a_file_written_from_a_set_reads_back_as_the_same_set() {
        var set = FactorSetCsv.parse(AIR).set();
        String written = FactorSetCsv.write(set);
        FactorSetCsv.Parsed again = FactorSetCsv.parse(written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.set()).isEqualTo(set);
        assertThat(FactorSetCsv.write(again.set())).isEqualTo(written);
    }

    @Test
    void a_set_counting_an_undeclared_stage_at_its_highest_keeps_the_rule_through_export_and_import() {
        var set = FactorSetCsv.parse(AIR + "set,undeclared_stage,HIGHEST\n").set();
        assertThat(set.undeclaredStageHighest()).isTrue();
        String written = FactorSetCsv.write(set);
        assertThat(written).contains("set,undeclared_stage,HIGHEST");
        FactorSetCsv.Parsed again = FactorSetCsv.parse(written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.set().undeclaredStageHighest()).isTrue();
        assertThat(again.set().defaultEuroClass()).as("kept for sets without the rule").isEqualTo(EuroClass.EURO_4);
        assertThat(again.set()).isEqualTo(set);
    }

    @Test
    void a_set_without_the_rule_stays_without_it_through_export_and_import() {
        var set = FactorSetCsv.parse(AIR).set();
        assertThat(set.undeclaredStageHighest()).isFalse();
        String written = FactorSetCsv.write(set);
        assertThat(written).doesNotContain("undeclared_stage");
        assertThat(FactorSetCsv.parse(written).set().undeclaredStageHighest()).isFalse();
    }

    @Test
    void hydrogen_routes_are_read_written_back_and_checked_and_grey_stays_the_carrier_line() {
        String withRoutes = VALID + """
                carrier,HYDROGEN,wtt,14,"Grey, test"
                carrier,HYDROGEN,ttw,0,Water only
                hydrogen,RENEWABLE,wtt,3.384,"RFNBO bound, test"
                hydrogen,RENEWABLE,ttw,0,Water only
                """;
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(withRoutes);
        assertThat(parsed.problems()).isEmpty();
        var set = parsed.set();
        assertThat(set.carrier(EnergyCarrier.HYDROGEN, HydrogenRoute.RENEWABLE).orElseThrow().wttKgPerUnit().value())
                .isEqualTo(3.384);
        assertThat(set.carrier(EnergyCarrier.HYDROGEN, null).orElseThrow().wttKgPerUnit().value()).isEqualTo(14);
        assertThat(FactorSetCsv.parse(FactorSetCsv.write(set)).set()).isEqualTo(set);

        FactorSetCsv.Parsed broken = FactorSetCsv.parse(VALID + """
                hydrogen,GREY,wtt,14,test
                hydrogen,LOW_CARBON,wtt,3384,grams as kilograms
                """);
        assertThat(broken.problems()).extracting(FactorSetCsvTest::english).anySatisfy(m ->
                        assertThat(m).contains("grey hydrogen is the carrier line"))
                .anySatisfy(m -> assertThat(m).contains("kg CO2e/kg", "grams entered as kilograms"))
                .anySatisfy(m -> assertThat(m).contains("hydrogen LOW_CARBON needs both"));
    }

    @Test
    void air_pollutant_lines_are_checked_like_the_others() {
        String broken = VALID + """
                set,default_euro_class,Euro 7
                exhaust,N1,BATTERY_ELECTRIC,EURO_6,nox_g_per_km,0.1,Test
                exhaust,N1,DIESEL,EURO_6,co_g_per_km,0.1,Test
                exhaust,N1,DIESEL,EURO_6,nox_g_per_km,400,Test
                wear,N1,STUDS,pm10_g_per_km,0.1,Test
                wear,N1,ROAD,pm10_g_per_km,70,Test
                wear,N1,ROAD,pm25_g_per_km,0.004,
                """;
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(broken);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::line).containsExactly(14L, 15L, 16L, 17L, 18L,
                19L, 20L);
        assertThat(parsed.problems()).extracting(FactorSetCsvTest::english).satisfiesExactly(
                m -> assertThat(m).contains("\"Euro 7\" is not a Euro class"),
                m -> assertThat(m).isEqualTo("Line 15: BATTERY_ELECTRIC has no exhaust"),
                m -> assertThat(m).startsWith("Line 16: the figure must be one of nox_g_per_km, pm25_g_per_km"),
                m -> assertThat(m).startsWith("Line 17, column 6 (the figure): 400 g/km is above the plausible 30 g/km"),
                m -> assertThat(m).isEqualTo("Line 18: unknown vehicle category, energy carrier, hydrogen route or wear source"),
                m -> assertThat(m).startsWith("Line 19, column 5 (the figure): 70 g/km is above the plausible 1 g/km"),
                m -> assertThat(m).isEqualTo("Line 20: column 6 is empty: every figure carries its source"));
    }

    @Test
    void a_norwegian_admin_reads_every_problem_in_bokmal_with_the_figures_as_written() {
        String broken = VALID.replace("carrier,DIESEL,ttw,2.5,", "carrier,DIESEL,ttw,2570,")
                .replace("set,version,1\n", "") + "wear,N1,STUDS,pm10_g_per_km,0.1,Test\n";
        Locale bokmal = Locale.forLanguageTag("nb");
        assertThat(FactorSetCsv.parse(broken).problems()).extracting(p -> text(p, bokmal)).containsExactlyInAnyOrder(
                "Linje 8, kolonne 4 (tallet): 2570 kg CO2e/l er utenfor det plausible området 1,5–2,8 kg CO2e/l for "
                        + "DIESEL ttw (fossilt karboninnhold (IPCC 2006 bind 2 tabell 1.4: diesel 74,1, bensin 69,3 g "
                        + "CO2/MJ) med rom for innblanding av biodrivstoff opptil 40 %); gram ført som kilo?",
                "Linje 13: ukjent kjøretøykategori, energibærer, produksjonsmåte for hydrogen eller slitasjekilde",
                "feltet version mangler i settet (en linje: set,version,…)");
    }

    @Test
    void a_file_of_more_than_a_thousand_lines_names_its_lines_without_a_thousands_separator() {
        FactorSetCsv.Problem far = new FactorSetCsv.Problem(1234, 5, "factor-sets.problem.negative", java.util.List.of("-1"));
        assertThat(english(far)).isEqualTo("Line 1234, column 5 (the figure): a factor cannot be negative: -1");
    }

    @Test
    void a_file_that_is_not_csv_names_the_line_in_the_readers_language_without_the_librarys_words() {
        String unclosed = VALID.replace("carrier,DIESEL,ttw,2.5,UK DESNZ 2026 Fuels", "carrier,DIESEL,ttw,2.5,\"UK\" x");
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(unclosed);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FactorSetCsvTest::english).containsExactly(
                "Line 9: Not readable as CSV: a quoted value is not closed, or text follows its closing quote");
        assertThat(parsed.problems()).extracting(p -> text(p, Locale.forLanguageTag("nb"))).containsExactly(
                "Linje 9: Kan ikke leses som CSV: en verdi i anførselstegn er ikke avsluttet, eller det står tekst etter "
                        + "det avsluttende anførselstegnet");
        assertThat(FactorSetCsv.parse("set,name,\"Norway\n").problems()).extracting(FactorSetCsvTest::english)
                .containsExactly("Line 1: Not readable as CSV: a quoted value is not closed, or text follows its closing "
                        + "quote");
        // a quote opened on line 9 and never closed: the editor is sent to line 9, not to the end of the file
        String open = VALID.replace("carrier,DIESEL,ttw,2.5,UK DESNZ 2026 Fuels", "carrier,DIESEL,ttw,2.5,\"UK DESNZ");
        assertThat(FactorSetCsv.parse(open).problems()).extracting(FactorSetCsvTest::english).containsExactly(
                "Line 9: Not readable as CSV: a quoted value is not closed, or text follows its closing quote");
        assertThat(FactorSetCsv.parse("# a comment\n\nset,name,\"Norway\" 2026\nset,version,1\n").problems())
                .extracting(FactorSetCsvTest::english).containsExactly("Line 3: Not readable as CSV: a quoted value is "
                        + "not closed, or text follows its closing quote");
    }
}
