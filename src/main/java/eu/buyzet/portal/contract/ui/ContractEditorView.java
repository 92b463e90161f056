package eu.buyzet.portal.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.contract.TransportCategory;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import eu.buyzet.portal.footprint.calculator.Flow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ui.AmountField;
import eu.buyzet.portal.shared.ui.CpvPicker;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.footprint.components.FlowList;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An agency registers one of its contracts, or changes it: what is bought, from whom, for how
 * much and how long, and the transport it causes, as in a declaration. A refused save keeps the
 * typing and shows each message next to its field.
 */
@Route("footprint/contracts/edit")
@RolesAllowed("AGENCY")
class ContractEditorView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> CURRENCIES = List.of("NOK", "EUR", "SEK", "DKK");

    private final ContractService contracts;
    private final TextField title = new TextField();
    private final TextField reference = new TextField();
    private final CpvPicker cpvCodes = new CpvPicker("");
    private final TextField supplierName = new TextField();
    private final AmountField annualValue = new AmountField("");
    private final Select<String> currency = new Select<>();
    private final DatePicker endDate = DateFields.localised(new DatePicker());
    private final DatePicker awardDate = DateFields.localised(new DatePicker());
    /** Radio buttons, not a select: three choices read at once, and a required select trips axe. */
    private final RadioButtonGroup<TransportCategory> category = new RadioButtonGroup<>();
    private final FlowList flows = new FlowList("contract-", "footprint.flow", "footprint.add-flow");
    private final Div estimateBox = new Div();
    private @Nullable MappedContract existing;
    /** The agency picked the category itself: a changed CPV code no longer proposes one. */
    private boolean categoryChosen;
    /** Saving without flows estimates them from the spend, as shown in {@link #estimateBox}. */
    private boolean estimating;

    ContractEditorView(ContractService contracts, FootprintService footprints) {
        this.contracts = contracts;
        // a contract's footprint is computed with the default set: its defaults are the ones to name
        flows.setFactorSet(footprints.defaultFactorSet());
        setHeading(getTranslation("contracts.add"));
        title.setLabel(getTranslation("contracts.title"));
        title.setRequiredIndicatorVisible(true);
        title.setId("contract-title");
        reference.setLabel(getTranslation("contracts.reference"));
        reference.setHelperText(getTranslation("contracts.reference.help"));
        reference.setId("contract-reference");
        cpvCodes.setLabel(getTranslation("contracts.cpv"));
        cpvCodes.setHelperText(getTranslation("contracts.cpv.help"));
        cpvCodes.setRequiredIndicatorVisible(true);
        cpvCodes.setId("contract-cpv");
        supplierName.setLabel(getTranslation("contracts.supplier"));
        supplierName.setRequiredIndicatorVisible(true);
        supplierName.setId("contract-supplier");
        annualValue.setLabel(getTranslation("contracts.annual-value"));
        annualValue.setHelperText(getTranslation("contracts.annual-value.help"));
        annualValue.setId("contract-value");
        currency.setLabel(getTranslation("contracts.currency"));
        currency.setItems(CURRENCIES);
        currency.setValue("NOK");
        currency.setId("contract-currency");
        endDate.setLabel(getTranslation("contracts.end-date"));
        endDate.setId("contract-end-date");
        awardDate.setLabel(getTranslation("contracts.award-date"));
        awardDate.setHelperText(getTranslation("contracts.award-date.help"));
        awardDate.setId("contract-award-date");
        category.setLabel(getTranslation("contracts.category"));
        category.setItems(TransportCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        category.setRequiredIndicatorVisible(true);
        category.setId("contract-category");
        category.addValueChangeListener(e -> categoryChosen |= e.isFromClient());
        cpvCodes.addValueChangeListener(e -> {
            if (!categoryChosen && !cpvCodes.codes().isEmpty()) {
                category.setValue(contracts.proposedCategory(cpvCodes.codes()));
            }
            reestimate(e.isFromClient());
        });
        annualValue.addValueChangeListener(e -> reestimate(e.isFromClient()));
        currency.addValueChangeListener(e -> reestimate(e.isFromClient()));
        for (HasValidation field : List.of(title, reference, supplierName, annualValue, currency, endDate, awardDate,
                category)) {
            field.setManualValidation(true);
        }
        FormLayout form = new FormLayout(title, reference, cpvCodes, category, supplierName, annualValue, currency,
                awardDate, endDate);
        form.setColspan(cpvCodes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-contract");
        Button cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                existing == null ? "footprint/contracts" : "footprint/contracts/" + existing.id())));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(cancel, save);
        buttons.addClassName("view-toolbar");
        Button estimate = new Button(getTranslation("contracts.estimate.action"), e -> estimate());
        estimate.setId("estimate-from-spend");
        Paragraph estimateLead = new Paragraph(getTranslation("contracts.estimate.lead"));
        estimateLead.addClassName("helper");
        estimateBox.setId("spend-estimate");
        estimateBox.getElement().setAttribute("role", "status");
        Anchor ratios = new Anchor("footprint/contracts/spend-ratios", getTranslation("spend-ratios.link"));
        add(form, new H2(getTranslation("contracts.flows")), estimateLead, new Paragraph(ratios), estimate,
                estimateBox, flows, buttons);
        addComponentAtIndex(indexOf(form), RequiredFields.legend(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getLocation().getQueryParameters().getSingleParameter("id");
        if (id.isPresent()) {
            try {
                existing = contracts.get(ContractId.of(Long.parseLong(id.get())));
            } catch (NumberFormatException e) {
                throw new NotFoundException("Contract " + id.get());
            }
            if (!contracts.canEdit(existing)) {
                throw new NotFoundException("Contract " + existing.id());
            }
            setHeading(getTranslation("contracts.edit"));
            fill(existing);
        }
    }

    private void fill(MappedContract c) {
        title.setValue(c.title());
        reference.setValue(c.reference() == null ? "" : c.reference());
        cpvCodes.setCodes(c.cpvCodes());
        supplierName.setValue(c.supplierName());
        annualValue.setAmount(c.annualValue());
        if (!CURRENCIES.contains(c.currency())) {
            currency.setItems(java.util.stream.Stream.concat(CURRENCIES.stream(), java.util.stream.Stream.of(c.currency()))
                    .toList());
        }
        currency.setValue(c.currency());
        endDate.setValue(c.endDate());
        awardDate.setValue(c.awardDate());
        category.setValue(c.transportCategory());
        categoryChosen = true;
        if (c.estimate() == null) {
            flows.setFlows(c.flows());
        } else {
            // the estimated flow is not typed in: real flows entered here replace it
            estimating = true;
            estimateBox.add(EstimateNotice.of(this, getLocale(), c.estimate()));
        }
    }

    /** A shown estimate follows the spend and the code it was made from, so it never shows stale figures. */
    private void reestimate(boolean fromClient) {
        if (fromClient && estimating) {
            estimate();
        }
    }

    /** Shows what saving without flows would estimate; a refusal says which field to change. */
    private void estimate() {
        estimateBox.removeAll();
        estimating = false;
        if (!typedFlows().isEmpty()) {
            Paragraph declared = new Paragraph(getTranslation("contracts.estimate.has-flows"));
            declared.setId("estimate-has-flows");
            estimateBox.add(declared);
            return;
        }
        Map<String, HasValidation> fields = Map.of("annualValue", annualValue, "cpvCodes", cpvCodes,
                "currency", currency);
        fields.values().forEach(f -> f.setInvalid(false));
        if (!annualValue.check()) {
            return;
        }
        FormSubmit.attempt(this, fields, () -> contracts.estimateFromSpend(cpvCodes.codes(), annualValue.amount(),
                currency.getValue())).ifPresent(e -> {
                    estimating = true;
                    estimateBox.add(EstimateNotice.of(this, getLocale(), e));
                    Button discard = new Button(getTranslation("contracts.estimate.discard"), click -> {
                        estimating = false;
                        estimateBox.removeAll();
                    });
                    discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    discard.setId("discard-estimate");
                    estimateBox.add(discard);
                });
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("reference", reference);
        fields.put("cpvCodes", cpvCodes);
        fields.put("supplierName", supplierName);
        fields.put("annualValue", annualValue);
        fields.put("currency", currency);
        fields.put("endDate", endDate);
        fields.put("awardDate", awardDate);
        fields.put("transportCategory", category);
        flows.collectFields("flows", fields);
        fields.values().forEach(f -> f.setInvalid(false));
        // the blank flow the form always offers is not checked when the estimate stands in for it
        boolean estimate = estimating && typedFlows().isEmpty();
        // non-short-circuit, so that every unreadable number is marked at once
        if (!annualValue.check() | !(estimate || flows.check())) {
            return;
        }
        ContractDetails details = new ContractDetails(title.getValue(), reference.getValue(), cpvCodes.codes(),
                supplierName.getValue(), annualValue.amount(), currency.getValue(), endDate.getValue(),
                estimate ? List.of() : flows.flows(), category.getValue(), estimate, awardDate.getValue());
        FormSubmit.attempt(this, fields, () -> existing == null ? contracts.create(details)
                        : contracts.update(existing.id(), existing.version(), details))
                .ifPresent(saved -> getUI().ifPresent(ui -> ui.navigate("footprint/contracts/" + saved.id())));
    }

    /** The flows with a distance or fuel typed in: the form always offers one blank flow, which is none. */
    private List<Flow> typedFlows() {
        return flows.flows().stream().filter(f -> f.tripsPerYear() != null || f.kmPerTrip() != null
                || f.vehicleKmPerYear() != null || f.fuelPerYear() != null).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(existing == null ? "contracts.add" : "contracts.edit") + " – " + getTranslation("app.name");
    }
}
