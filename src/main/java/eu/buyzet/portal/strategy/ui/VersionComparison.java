package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.ChosenInstrument;
import eu.buyzet.portal.strategy.ScenarioFigures;
import eu.buyzet.portal.strategy.ScenarioYear;
import eu.buyzet.portal.strategy.Strategy;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The versions of the lineage the reader may see, and two of them side by side: status and
 * adoption, instruments, planned years and, where computed, the CO2e of each year.
 */
class VersionComparison extends Section {

    private final Div table = new Div();

    VersionComparison(Strategy shown, List<Strategy> versions) {
        addClassName("card");
        setId("strategy-versions");
        add(new H2(getTranslation("strategy.versions")));
        List<Strategy> others = versions.stream().filter(v -> !v.id().equals(shown.id())).toList();
        if (others.isEmpty()) {
            add(new Paragraph(getTranslation("strategy.compare.none")));
            return;
        }
        Select<Strategy> other = new Select<>();
        other.setLabel(getTranslation("strategy.compare.with"));
        other.setItems(others);
        other.setItemLabelGenerator(v -> v == null ? "" : getTranslation("strategy.version", v.number()) + " · "
                + getTranslation("strategy.status." + v.status().name()));
        other.setId("strategy-compare-with");
        other.addValueChangeListener(e -> compare(shown, e.getValue()));
        other.setValue(others.getFirst());
        table.getStyle().set("overflow-x", "auto");
        add(other, table);
    }

    private void compare(Strategy a, Strategy b) {
        table.removeAll();
        Formats formats = ReaderFormats.of(this);
        NativeTable t = new NativeTable();
        t.setId("strategy-compare");
        t.setCaptionText(getTranslation("strategy.compare"));
        t.getHead().addRows(new NativeTableRow(new NativeTableHeaderCell(""),
                new NativeTableHeaderCell(getTranslation("strategy.version", a.number())),
                new NativeTableHeaderCell(getTranslation("strategy.version", b.number()))));
        row(t, getTranslation("strategy.title"), a.title(), b.title());
        row(t, getTranslation("strategy.status"), getTranslation("strategy.status." + a.status().name()), getTranslation("strategy.status." + b.status().name()));
        row(t, getTranslation("strategy.instruments"), instruments(a), instruments(b));
        for (int year : years(a, b)) {
            row(t, getTranslation("strategy.scenario.ze-share") + " " + year, planned(a, year, formats),
                    planned(b, year, formats));
            row(t, getTranslation("strategy.figure.co2e-wtw") + " " + year, computed(a, year, formats),
                    computed(b, year, formats));
        }
        table.add(t);
    }

    private void row(NativeTable t, String label, String a, String b) {
        NativeTableHeaderCell head = new NativeTableHeaderCell(label);
        head.getElement().setAttribute("scope", "row");
        t.getBody().addRows(new NativeTableRow(head, new NativeTableCell(a), new NativeTableCell(b)));
    }

    private String instruments(Strategy s) {
        return s.instruments().stream().map(ChosenInstrument::instrument)
                .map(i -> getTranslation("strategy.instrument." + i.name() + ".name")).collect(Collectors.joining("; "));
    }

    private static TreeSet<Integer> years(Strategy a, Strategy b) {
        TreeSet<Integer> years = new TreeSet<>();
        a.scenario().forEach(y -> years.add(y.year()));
        b.scenario().forEach(y -> years.add(y.year()));
        return years;
    }

    private static String planned(Strategy s, int year, Formats formats) {
        return s.scenario().stream().filter(y -> y.year() == year).findFirst()
                .map(ScenarioYear::zeroEmissionSharePercent).map(p -> formats.percent(p / 100)).orElse("–");
    }

    private static String computed(Strategy s, int year, Formats formats) {
        return Optional.ofNullable(s.result()).flatMap(r -> r.years().stream().filter(y -> y.year() == year).findFirst())
                .map(ScenarioFigures::co2eWtwKg).map(formats::figure).orElse("–");
    }
}
