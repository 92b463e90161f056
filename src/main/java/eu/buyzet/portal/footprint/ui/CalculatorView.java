package eu.buyzet.portal.footprint.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.footprint.FactorSetSummary;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.footprint.components.FlowList;
import eu.buyzet.portal.footprint.components.FootprintFigures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public calculator: anyone, signed in or not, computes the footprint of transport flows
 * with the portal's factor sets, and sees every figure's source. It is the same calculation as
 * the open API's {@code POST /api/v1/footprint/calculate}.
 */
@Route("footprint/calculator")
@Menu(title = "nav.calculator", order = 8)
@AnonymousAllowed
class CalculatorView extends ViewFrame implements HasDynamicTitle {

    private final FootprintService footprints;
    private final Select<FactorSetSummary> factorSet = new Select<>();
    private final FlowList flowList = new FlowList("flow-", "footprint.flow", "footprint.add-flow");
    private final Div results = new Div();

    CalculatorView(FootprintService footprints) {
        this.footprints = footprints;
        setHeading(getTranslation("footprint.calculator.heading"));
        setLead(getTranslation("footprint.calculator.lead"));

        List<FactorSetSummary> sets = footprints.factorSets();
        factorSet.setLabel(getTranslation("footprint.factor-set"));
        factorSet.setItems(sets);
        factorSet.setItemLabelGenerator(s -> s.name() + " (" + s.version() + ")");
        sets.stream().filter(FactorSetSummary::isDefault).findFirst().ifPresent(factorSet::setValue);
        factorSet.setId("factor-set");
        // each flow's help names the defaults of the set the calculation will use
        factorSet.addValueChangeListener(e -> flowList.setFactorSet(
                e.getValue() == null ? footprints.defaultFactorSet() : footprints.factorSet(e.getValue().id())));
        flowList.setFactorSet(factorSet.getValue() == null ? footprints.defaultFactorSet()
                : footprints.factorSet(factorSet.getValue().id()));
        Details method = new Details(getTranslation("footprint.method"),
                new Paragraph(getTranslation("footprint.method.distance")),
                new Paragraph(getTranslation("footprint.method.co2e")),
                new Paragraph(getTranslation("footprint.method.pollutants")),
                new Paragraph(getTranslation("footprint.method.scope")));
        method.setId("footprint-method");
        add(factorSet, method);

        flowList.setId("flows");
        add(flowList);
        Button calculate = new Button(getTranslation("footprint.calculate"), e -> calculate());
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        calculate.setId("calculate");
        Div buttons = new Div(calculate);
        buttons.addClassName("view-toolbar");
        add(buttons);

        results.setId("footprint-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(results);
    }

    private void calculate() {
        Map<String, HasValidation> fields = fields();
        fields.values().forEach(f -> f.setInvalid(false));
        results.removeAll();
        if (!flowList.check()) {
            return;
        }
        List<Flow> flows = flowList.flows();
        String setId = factorSet.getValue() == null ? null : factorSet.getValue().id();
        try {
            FootprintResult result = footprints.calculate(setId, flows);
            H2 heading = new H2(getTranslation("footprint.results"));
            heading.setId("footprint-results-heading");
            heading.getElement().setAttribute("tabindex", "-1");
            results.add(heading, FootprintFigures.of(this, result, () -> footprints.factorSet(result.factorSetId())));
            // the result lies below the fold: bring it into view and move focus to it, so that a
            // screen reader reads it and the next Tab continues from there, not from the button
            heading.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true})");
        } catch (ValidationException e) {
            FieldErrors.show(e, fields, this);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new HashMap<>();
        map.put("factorSet", factorSet);
        flowList.collectFields("flows", map);
        return map;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("footprint.calculator.heading") + " – " + getTranslation("app.name");
    }
}
