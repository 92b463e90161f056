package eu.buyzet.portal.strategy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.strategy.ClimateWeighting;
import eu.buyzet.portal.strategy.ScenarioFigures;
import eu.buyzet.portal.strategy.ScenarioNote;
import eu.buyzet.portal.strategy.ScenarioResult;
import eu.buyzet.portal.strategy.TenderWindow;
import eu.buyzet.portal.strategy.TimelineWarning;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scenario, timeline and §7-9 sections as a reader gets them, in both languages, without a browser. */
@PortalIntegrationTest
class StrategySectionsTest extends SpringBrowserlessTest {

    private static final ScenarioResult RESULT = new ScenarioResult("no-2025", "Norway 2025", "1.2",
            LocalDate.of(2026, 12, 2),
            new ScenarioFigures(2025, 12_000.0, 48_000, 39_968.9, 31_000, null, 820.5, 0, 0),
            List.of(new ScenarioFigures(2027, 9_000.0, 40_000, 20_000, 15_000, null, 700.0, 50, 48.5),
                    new ScenarioFigures(2030, 8_000.0, 36_000, 1_200, 0, null, 600.0, 100, 100)),
            List.of(new ScenarioNote(2027, ScenarioNote.Kind.NO_BATTERY_DEFAULT, VehicleCategory.N3, 16_000),
                    new ScenarioNote(2030, ScenarioNote.Kind.NO_LIGHT_VEHICLES, null, 0)));

    @Test
    void the_scenario_table_has_the_baseline_and_each_year_in_bokmal_figures_and_says_what_is_not_covered() {
        ScenarioSection section = shown(() -> new ScenarioSection(RESULT), "nb-NO");
        NativeTable table = (NativeTable) section.getChildren().flatMap(Component::getChildren)
                .filter(NativeTable.class::isInstance).findFirst().orElseThrow();

        assertThat(texts(table.getHead().getRows().getFirst())).containsExactly("Per år", "Grunnlinje 2025", "2027",
                "2030");
        NativeTableRow co2e = row(table, "scenario-co2e-wtw");
        assertThat(texts(co2e)).containsExactly("CO2e, kilde til hjul", "39\u00a0968,9 kg CO2e", "20\u00a0000 kg CO2e",
                "1\u00a0200 kg CO2e");
        assertThat(texts(row(table, "scenario-nox"))).containsExactly("NOx", "ikke dekket av dette faktorsettet",
                "ikke dekket av dette faktorsettet", "ikke dekket av dette faktorsettet");
        assertThat(texts(row(table, "scenario-pm")).get(1)).isEqualTo("820,5 g");
        assertThat(texts(row(table, "scenario-ze-share"))).containsExactly("Utslippsfri andel av alle km (lastesykler medregnet)", "0\u00a0%",
                "50\u00a0%", "100\u00a0%");
        assertThat(texts(row(table, "scenario-cvd-share")).get(2)).isEqualTo("48,5\u00a0%");
        assertThat(texts(row(table, "scenario-co2e-tailpipe")).getFirst())
                .isEqualTo("CO2e, eksos (territorielt, som i Oslos klimabudsjett)");

        String all = section.getElement().getTextRecursively();
        assertThat(all).contains("Norway 2025, versjon 1.2 (no-2025)");
        // the category in words, not as its code
        assertThat(all).contains("I 2027 går 16\u00a0000 km i året med kjøretøy i kategorien Lastebil over 12 t (N3) "
                + "fortsatt på fossilt drivstoff");
        assertThat(all).contains("I 2030 flyttes ingen turer til lastesykkel");
        assertThat(all).doesNotContain("!strategy.");
    }

    @Test
    void the_chart_shows_the_baseline_and_each_year_and_says_the_same_in_words() {
        ScenarioSection section = shown(() -> new ScenarioSection(RESULT), "en");
        Component chart = section.getChildren().filter(c -> c.getId().orElse("").equals("strategy-scenario-chart"))
                .findFirst().orElseThrow();

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        // said in the reader's figures, as the table beside it shows them
        assertThat(chart.getElement().getAttribute("aria-label")).contains("Baseline 2025 39,968.9 kg CO2e",
                "2027 20,000 kg CO2e", "2030 1,200 kg CO2e");
        assertThat(chart.getElement().getAttribute("data")).contains("\"values\":[39968.9,20000.0,1200.0]");
    }

    @Test
    void a_scenario_without_planned_years_says_what_to_add() {
        ScenarioResult none = new ScenarioResult("no-2025", "Norway 2025", "1.2", LocalDate.of(2026, 12, 2),
                RESULT.baseline(), List.of());
        String text = shown(() -> new ScenarioSection(none), "en").getElement().getTextRecursively();

        assertThat(text).contains("No years are planned yet.", "Baseline 2025");
    }

    @Test
    void each_timeline_warning_is_said_in_words_with_its_next_step() {
        List<TenderWindow> windows = List.of(
                new TenderWindow(ContractId.of(1), "Avfallsinnsamling", LocalDate.of(2027, 6, 30),
                        LocalDate.of(2026, 3, 30), LocalDate.of(2026, 9, 30),
                        List.of(TimelineWarning.WINDOW_PASSED, TimelineWarning.MARKET_NOT_READY)),
                new TenderWindow(ContractId.of(2), "Verkstedtjenester", LocalDate.of(2031, 3, 31),
                        LocalDate.of(2029, 12, 31), LocalDate.of(2030, 6, 30),
                        List.of(TimelineWarning.ENDS_AFTER_HORIZON)),
                new TenderWindow(ContractId.of(3), "Budtjenester", null, null, null,
                        List.of(TimelineWarning.NO_END_DATE)),
                new TenderWindow(ContractId.of(4), "Vask", LocalDate.of(2029, 1, 31), LocalDate.of(2027, 10, 31),
                        LocalDate.of(2028, 4, 30), List.of()));
        String nb = shown(() -> new TimelineSection(windows), "nb-NO").getElement().getTextRecursively();

        assertThat(nb).contains("Kontrakten løper ut 30. juni 2027. Forbered konkurransen fra 30. mars 2026",
                "kunngjør den innen 30. sep. 2026");
        assertThat(nb).contains("Fristen for å kunngjøre denne konkurransen er passert. Neste steg: forleng",
                "Færre enn tre kvalifiserte leverandører", "etter planens horisont",
                "Kontrakten har ingen sluttdato", "Neste steg: legg inn sluttdatoen", "I rute");
        assertThat(nb).doesNotContain("!strategy.");
        String en = shown(() -> new TimelineSection(windows), "en").getElement().getTextRecursively();
        assertThat(en).contains("The contract ends Jun 30, 2027.", "Next: hold a market dialogue", "On track");
    }

    @Test
    void a_timeline_without_contracts_says_what_to_do() {
        assertThat(shown(() -> new TimelineSection(List.of()), "en").getElement().getTextRecursively())
                .contains("No contracts in this priority area yet.");
    }

    @Test
    void the_climate_weighting_states_how_paragraph_7_9_is_met_or_what_is_missing() {
        assertThat(shown(() -> new ClimateWeightingBadge(ClimateWeighting.AWARD_CRITERION_AT_LEAST_30), "nb-NO")
                .getElement().getTextRecursively())
                .isEqualTo("Anskaffelsesforskriften § 7-9: oppfylt. Klima og miljø vektes minst 30 % i "
                        + "tildelingskriteriene.");
        assertThat(shown(() -> new ClimateWeightingBadge(ClimateWeighting.SPECIFICATION_REQUIREMENT), "en").getElement()
                .getTextRecursively()).contains("met by a zero-emission requirement in the specification");
        ClimateWeightingBadge notMet = shown(() -> new ClimateWeightingBadge(ClimateWeighting.NOT_MET), "en");
        assertThat(notMet.getElement().getTextRecursively()).contains("not met yet", "cannot be adopted");
        assertThat(notMet.getClassNames()).contains("notice", "climate-weighting-not-met");
    }

    /** Built after the reader's language is set, as a page builds it. */
    private static <T extends Component> T shown(Supplier<T> build, String locale) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(locale));
        T component = build.get();
        UI.getCurrent().add(component);
        return component;
    }

    private static NativeTableRow row(NativeTable table, String className) {
        return table.getBody().getRows().stream().filter(r -> r.hasClassName(className)).findFirst().orElseThrow();
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getTextRecursively()).collect(Collectors.toList());
    }
}
