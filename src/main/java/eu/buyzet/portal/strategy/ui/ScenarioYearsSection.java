package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import eu.buyzet.portal.shared.ui.DecimalField;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.strategy.ScenarioYear;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyAction;
import eu.buyzet.portal.strategy.StrategyPage;
import eu.buyzet.portal.strategy.StrategyService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The planned years as a table: per year the zero-emission share, fewer trips and trips moved to
 * cargo bikes, in percent. The owner types them into a draft; a blank row is not planned.
 */
class ScenarioYearsSection extends Section {

    private static final String[] COLUMNS = {"ze-share", "trip-reduction", "cargo-bikes"};

    ScenarioYearsSection(StrategyPage page, StrategyService strategies, Runnable refresh) {
        addClassName("card");
        setId("strategy-plan");
        add(new H2(getTranslation("strategy.scenario")));
        Strategy s = page.strategy();
        boolean editable = page.may(StrategyAction.EDIT);
        Map<Integer, ScenarioYear> planned = new LinkedHashMap<>();
        s.scenario().forEach(y -> planned.put(y.year(), y));
        NativeTable table = new NativeTable();
        table.setId("scenario-years");
        table.addClassName("scenario-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("strategy.scenario.year")));
        for (String column : COLUMNS) {
            head.add(new NativeTableHeaderCell(getTranslation("strategy.scenario." + column)));
        }
        table.getHead().addRows(head);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        List<Integer> years = editable ? page.plannedYears() : List.copyOf(planned.keySet());
        List<DecimalField[]> rows = new ArrayList<>();
        for (int r = 0; r < years.size(); r++) {
            int year = years.get(r);
            ScenarioYear y = planned.get(year);
            NativeTableHeaderCell yearCell = new NativeTableHeaderCell(Integer.toString(year));
            yearCell.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow(yearCell);
            DecimalField[] cells = new DecimalField[COLUMNS.length];
            for (int c = 0; c < COLUMNS.length; c++) {
                DecimalField field = new DecimalField();
                field.setAriaLabel(year + " " + getTranslation("strategy.scenario." + COLUMNS[c]));
                field.setId("scenario-" + year + "-" + COLUMNS[c]);
                field.setNumber(y == null ? null : value(y, c));
                field.setReadOnly(!editable);
                field.setWidth("5.5em");
                cells[c] = field;
                row.add(new NativeTableCell(field));
            }
            rows.add(cells);
            table.getBody().addRows(row);
        }
        // a narrow screen scrolls the table sideways rather than the page
        com.vaadin.flow.component.html.Div scroller = new com.vaadin.flow.component.html.Div(table);
        scroller.getStyle().set("overflow-x", "auto");
        add(scroller);
        if (editable) {
            Button save = new Button(getTranslation("strategy.scenario.save"), e -> {
                fields.clear();
                List<ScenarioYear> plan = new ArrayList<>();
                for (int r = 0; r < years.size(); r++) {
                    DecimalField[] cells = rows.get(r);
                    if (Objects.equals(cells[0].getValue(), "") && Objects.equals(cells[1].getValue(), "")
                            && Objects.equals(cells[2].getValue(), "")) {
                        continue;
                    }
                    for (int c = 0; c < COLUMNS.length; c++) {
                        fields.put("scenario[" + plan.size() + "]." + FIELD[c], cells[c]);
                    }
                    plan.add(new ScenarioYear(years.get(r), number(cells[0]), number(cells[1]), number(cells[2])));
                }
                Optional<Strategy> saved = FormSubmit.attempt(this, fields,
                        () -> strategies.planScenario(s.id(), s.version(), plan));
                saved.ifPresent(x -> {
                    FieldErrors.notifySuccess(this, getTranslation("strategy.saved"));
                    refresh.run();
                });
            });
            save.setId("scenario-save");
            add(save);
        }
    }

    private static final String[] FIELD = {"zeroEmissionSharePercent", "tripReductionPercent", "cargoBikeSharePercent"};

    private static double value(ScenarioYear y, int column) {
        return switch (column) {
            case 0 -> y.zeroEmissionSharePercent();
            case 1 -> y.tripReductionPercent();
            default -> y.cargoBikeSharePercent();
        };
    }

    /** A blank cell in a planned year is 0 %: nothing changes in that respect. */
    private static double number(DecimalField field) {
        Double value = field.doubleValue();
        return value == null ? 0 : value;
    }
}
