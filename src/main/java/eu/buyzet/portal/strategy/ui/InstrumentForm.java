package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.shared.ui.MultiSelectTexts;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.DecimalField;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.strategy.ChosenInstrument;
import eu.buyzet.portal.strategy.Evidence;
import eu.buyzet.portal.strategy.Instrument;
import eu.buyzet.portal.strategy.InstrumentDraft;
import eu.buyzet.portal.strategy.InstrumentDraft.EvidenceRef;
import eu.buyzet.portal.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Adds an instrument from the catalogue or changes one: the catalogue's explanation, effect and
 * legal footing are shown for the instrument picked; evidence is picked from what the area offers.
 */
class InstrumentForm extends Div {

    private final Select<Instrument> instrument = new Select<>();
    private final DatePicker fromDate = DateFields.localised(new DatePicker());
    private final DecimalField weight;
    private final TextArea rationale = new TextArea();
    private final TextArea risks = new TextArea();
    private final MultiSelectComboBox<Evidence> evidence = MultiSelectTexts.localised(new MultiSelectComboBox<>());
    private final Div catalogue = new Div();

    InstrumentForm(List<Evidence> options, @Nullable ChosenInstrument existing, Function<InstrumentDraft, Strategy> save,
                   Runnable saved) {
        addClassName("card");
        setId("instrument-form");
        weight = DecimalField.wholeNumber(getTranslation("strategy.instrument.weight"));
        instrument.setLabel(getTranslation("strategy.instrument"));
        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(i -> i == null ? "" : getTranslation("strategy.instrument." + i.name() + ".name"));
        instrument.setId("instrument-kind");
        instrument.setWidthFull();
        fromDate.setLabel(getTranslation("strategy.instrument.from-date"));
        fromDate.setId("instrument-from");
        weight.setId("instrument-weight");
        rationale.setLabel(getTranslation("strategy.instrument.rationale"));
        rationale.setId("instrument-rationale");
        rationale.setRequiredIndicatorVisible(true);
        rationale.setMaxLength(4000);
        rationale.setWidthFull();
        risks.setLabel(getTranslation("strategy.instrument.risks"));
        risks.setId("instrument-risks");
        risks.setMaxLength(4000);
        risks.setWidthFull();
        List<Evidence> all = new ArrayList<>(options);
        if (existing != null) {
            existing.evidence().stream().filter(e -> !options.contains(e)).forEach(all::add);
        }
        evidence.setLabel(getTranslation("strategy.instrument.evidence"));
        evidence.setItems(all);
        evidence.setItemLabelGenerator(e -> Citations.label(this, e));
        evidence.setId("instrument-evidence");
        evidence.setWidthFull();
        if (all.isEmpty()) {
            evidence.setHelperText(getTranslation("strategy.instrument.evidence-none"));
        }
        catalogue.setId("instrument-catalogue");
        catalogue.addClassName("helper");
        instrument.addValueChangeListener(e -> showCatalogue(e.getValue()));
        if (existing != null) {
            instrument.setValue(existing.instrument());
            fromDate.setValue(existing.fromDate());
            weight.setNumber(existing.weightPercent());
            rationale.setValue(existing.rationale());
            risks.setValue(existing.risks());
            evidence.setValue(existing.evidence());
        }
        showCatalogue(instrument.getValue());
        Button submit = new Button(getTranslation("strategy.instrument.save"), e -> {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("instrument", instrument);
            fields.put("fromDate", fromDate);
            if (weight.isVisible()) {
                fields.put("weightPercent", weight);
            }
            fields.put("rationale", rationale);
            fields.put("risks", risks);
            fields.put("evidence", evidence);
            if (instrument.getValue() == null) {
                instrument.setErrorMessage(getTranslation("validation.required"));
                instrument.setInvalid(true);
                return;
            }
            FormSubmit.attempt(this, fields, () -> save.apply(new InstrumentDraft(instrument.getValue(),
                    fromDate.getValue(), weight.isVisible() ? weight.integerValue() : null, rationale.getValue(),
                    risks.getValue(),
                    evidence.getValue().stream().map(EvidenceRef::of).toList()))).ifPresent(s -> saved.run());
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("instrument-save");
        add(instrument, catalogue, fromDate, weight, rationale, risks, evidence, submit);
    }

    private void showCatalogue(@Nullable Instrument chosen) {
        catalogue.removeAll();
        weight.setVisible(chosen == Instrument.AWARD_CRITERION);
        // a weight typed for an award criterion, hidden with it, neither blocks nor goes with the save
        weight.setInvalid(false);
        if (chosen != null) {
            catalogue.add(Catalogue.of(this, chosen));
        }
    }
}
