package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.BarChart;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.ScenarioFigures;
import eu.buyzet.portal.strategy.ScenarioNote;
import eu.buyzet.portal.strategy.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A strategy's scenario as computed: a chart of the greenhouse gases of the baseline and each
 * planned year, and the same figures and the rest (trips, vehicle-km, tailpipe, NOx, PM, the
 * zero-emission and Clean Vehicles Directive shares) in a table, so that nothing is only in the
 * picture (decision 010). The factor set is named, and where a year could not follow the plan the
 * section says why. Built from the result alone, so that a draft's fresh result and an adopted
 * strategy's frozen one show the same way.
 */
class ScenarioSection extends Section {

    private static final String BASELINE_COLOUR = "#8a4b08";
    private static final String STRATEGY_COLOUR = "#1a6b3c";

    ScenarioSection(ScenarioResult result) {
        setId("strategy-scenario");
        addClassName("strategy-scenario");
        Formats formats = ReaderFormats.of(this);
        add(new H2(getTranslation("strategy.scenario.heading")));
        Paragraph computed = new Paragraph(getTranslation("strategy.scenario.computed-with", result.factorSetName(),
                result.factorSetVersion(), result.factorSetId(), formats.date(result.computedOn())));
        computed.setId("strategy-scenario-factor-set");
        computed.addClassName("helper");
        add(computed);
        if (result.years().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("strategy.scenario.no-years"));
            none.setId("strategy-scenario-empty");
            add(none);
            add(table(result, formats));
            return;
        }
        add(chart(result), table(result, formats));
        if (!result.notes().isEmpty()) {
            add(notes(result.notes(), formats));
        }
        Paragraph method = new Paragraph(getTranslation("strategy.scenario.method"));
        method.addClassName("helper");
        add(method);
    }

    private BarChart chart(ScenarioResult result) {
        List<BarChart.Bar> bars = new ArrayList<>();
        String baseline = getTranslation("strategy.scenario.baseline-year",
                Integer.toString(result.baseline().year()));
        bars.add(new BarChart.Bar(baseline, result.baseline().co2eWtwKg(), BASELINE_COLOUR));
        result.years().forEach(y -> bars.add(new BarChart.Bar(Integer.toString(y.year()), y.co2eWtwKg(),
                STRATEGY_COLOUR)));
        BarChart chart = new BarChart(getTranslation("strategy.scenario.chart"), "kg CO2e", bars);
        chart.setId("strategy-scenario-chart");
        return chart;
    }

    /**
     * Measures as rows and years as columns: a plan runs five or six years, so the table stays
     * narrow enough for a phone, and it scrolls sideways inside its own focusable box when not.
     */
    private Div table(ScenarioResult result, Formats formats) {
        List<ScenarioFigures> columns = new ArrayList<>();
        columns.add(result.baseline());
        columns.addAll(result.years());
        NativeTable table = new NativeTable();
        table.setId("strategy-scenario-table");
        table.setCaptionText(getTranslation("strategy.scenario.table"));
        NativeTableRow head = table.getHead().addRow();
        scoped(head.addHeaderCell(), "col").setText(getTranslation("strategy.scenario.measure"));
        scoped(head.addHeaderCell(), "col").setText(getTranslation("strategy.scenario.baseline-year",
                Integer.toString(result.baseline().year())));
        result.years().forEach(y -> scoped(head.addHeaderCell(), "col").setText(Integer.toString(y.year())));
        NativeTableBody body = table.getBody();
        row(body, "trips", columns, f -> f.trips() == null ? getTranslation("strategy.scenario.trips-not-mapped")
                : formats.whole(Math.round(f.trips())));
        row(body, "vehicle-km", columns, f -> formats.figure(f.vehicleKm()) + " km");
        row(body, "co2e-wtw", columns, f -> formats.figure(f.co2eWtwKg()) + " kg CO2e");
        row(body, "co2e-tailpipe", columns, f -> formats.figure(f.co2eTailpipeKg()) + " kg CO2e");
        row(body, "nox", columns, f -> grams(f.noxG(), formats));
        row(body, "pm", columns, f -> grams(f.pmG(), formats));
        row(body, "ze-share", columns, f -> formats.percent(f.zeroEmissionSharePercent() / 100));
        row(body, "cvd-share", columns, f -> formats.percent(f.cvdCleanSharePercent() / 100));
        table.getStyle().set("border-collapse", "collapse").set("min-width", "100%");
        Div scroller = new Div(table);
        scroller.addClassName("strategy-scenario-table");
        // a keyboard user must be able to scroll a table wider than the screen (WCAG 2.1.1)
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("strategy.scenario.table"));
        scroller.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        return scroller;
    }

    private void row(NativeTableBody body, String measure, List<ScenarioFigures> columns,
                     Function<ScenarioFigures, String> value) {
        NativeTableRow row = body.addRow();
        row.addClassName("scenario-" + measure);
        NativeTableHeaderCell name = scoped(row.addHeaderCell(), "row");
        name.setText(getTranslation("strategy.scenario.measure." + measure));
        name.getStyle().set("text-align", "start");
        for (ScenarioFigures f : columns) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(value.apply(f));
            cell.getStyle().set("text-align", "end").set("white-space", "nowrap")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        }
    }

    private static <T extends com.vaadin.flow.component.HtmlContainer> T scoped(T cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    /** Not covered is not zero: a figure the factor set lacks says so in words. */
    private String grams(@Nullable Double grams, Formats formats) {
        return grams == null ? getTranslation("footprint.not-covered") : formats.figure(grams) + " g";
    }

    private Div notes(List<ScenarioNote> notes, Formats formats) {
        UnorderedList list = new UnorderedList();
        for (ScenarioNote n : notes) {
            String year = Integer.toString(n.year());
            String text = switch (n.kind()) {
                case NO_BATTERY_DEFAULT -> getTranslation("strategy.scenario.note.no-battery-default", year,
                        formats.figure(n.vehicleKm()), getTranslation("footprint.vehicle." + Objects.requireNonNull(
                                n.category(), "its category").name().toLowerCase(java.util.Locale.ROOT)));
                case NO_LIGHT_VEHICLES -> getTranslation("strategy.scenario.note.no-light-vehicles", year);
            };
            list.add(new ListItem(text));
        }
        Div box = new Div(new Paragraph(getTranslation("strategy.scenario.notes")), list);
        box.setId("strategy-scenario-notes");
        box.addClassName("notice");
        return box;
    }
}
