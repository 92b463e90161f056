package eu.buyzet.portal.footprint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.footprint.FactorSetCsv;
import eu.buyzet.portal.footprint.FactorSetSummary;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Admins import factor sets from CSV (checked first, every problem listed with its line) and
 * choose the default. Results already published keep the set they were computed with.
 */
@Route("admin/factor-sets")
@Menu(title = "nav.factor-sets", order = 82)
@RolesAllowed("ADMIN")
class FactorSetsView extends ViewFrame implements HasDynamicTitle {

    private final FootprintService footprints;
    private final Grid<FactorSetSummary> grid = new Grid<>();

    FactorSetsView(FootprintService footprints) {
        this.footprints = footprints;
        setHeading(getTranslation("factor-sets.heading"));
        setLead(getTranslation("factor-sets.lead"));
        Button importButton = new Button(getTranslation("factor-sets.import"), e -> openImport());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-factor-set");
        addToToolbar(importButton);

        grid.addColumn(FactorSetSummary::name).setHeader(getTranslation("factor-sets.name"));
        grid.addColumn(FactorSetSummary::version).setHeader(getTranslation("factor-sets.version"));
        grid.addColumn(FactorSetSummary::id).setHeader(getTranslation("factor-sets.id"));
        grid.addColumn(s -> getTranslation("factor-sets.air-pollutants", s.exhaustFigures(), s.wearFigures(),
                undeclaredStage(s))).setHeader(getTranslation("factor-sets.air-pollutants-column"));
        grid.addComponentColumn(s -> {
            if (s.isDefault()) {
                return new Paragraph(getTranslation("factor-sets.default"));
            }
            Button makeDefault = new Button(getTranslation("factor-sets.make-default"), e -> FormSubmit.attempt(this,
                    Map.of(), () -> {
                        footprints.makeDefault(s.id());
                        return s;
                    }).ifPresent(done -> {
                        FieldErrors.notifySuccess(this, getTranslation("factor-sets.now-default", s.name()));
                        refresh();
                    }));
            makeDefault.addThemeVariants(ButtonVariant.LUMO_SMALL);
            makeDefault.setId("make-default-" + s.id());
            return makeDefault;
        }).setHeader(getTranslation("factor-sets.default-column"));
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.factor-sets")));
        grid.setId("factor-sets");
        grid.setAriaLabel(getTranslation("factor-sets.heading"));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** What a flow that names no stage is counted as: a set with the rule keeps a Euro 3 it never takes. */
    private String undeclaredStage(FactorSetSummary set) {
        if (set.undeclaredStageHighest()) {
            return getTranslation("factor-sets.undeclared-stage-highest");
        }
        return set.defaultEuroClass() == null ? getTranslation("factor-sets.no-default-euro-class")
                : getTranslation("footprint.euro-class." + set.defaultEuroClass().name());
    }

    /** A handful of sets, each a few dozen figures: listed whole. */
    private void refresh() {
        grid.setItems(footprints.factorSets());
    }

    private void openImport() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("factor-sets.import"));
        TextArea csv = new TextArea(getTranslation("factor-sets.csv"));
        csv.setHelperText(getTranslation("factor-sets.csv.help"));
        csv.setWidthFull();
        csv.setMinHeight("14rem");
        csv.setId("factor-set-csv");
        Div preview = new Div();
        preview.setId("factor-set-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        Button importNow = new Button(getTranslation("factor-sets.import-now"));
        importNow.setEnabled(false);
        importNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importNow.setId("confirm-import");
        Button check = new Button(getTranslation("factor-sets.check"), e -> {
            preview.removeAll();
            FactorSetCsv.Parsed parsed = footprints.previewImport(csv.getValue());
            FactorSet set = parsed.set();
            if (parsed.ok() && set != null) {
                preview.add(new Paragraph(getTranslation("factor-sets.preview-ok", set.name(),
                        set.version(), parsed.figures())));
            } else {
                UnorderedList problems = new UnorderedList();
                parsed.problems().forEach(p -> problems.add(new ListItem(p.text(this::getTranslation))));
                problems.addClassName("field-error");
                preview.add(new Paragraph(getTranslation("factor-sets.preview-problems")), problems);
            }
            importNow.setEnabled(parsed.ok());
        });
        check.setId("check-import");
        csv.addValueChangeListener(e -> importNow.setEnabled(false));
        importNow.addClickListener(e -> FormSubmit.attempt(this, Map.of("csv", csv),
                () -> footprints.importFactorSet(csv.getValue())).ifPresent(set -> {
                    dialog.close();
                    FieldErrors.notifySuccess(this, getTranslation("factor-sets.imported", set.name()));
                    refresh();
                }));
        dialog.add(csv, preview);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), check, importNow);
        dialog.setWidth("min(56rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factor-sets.heading") + " – " + getTranslation("app.name");
    }
}
