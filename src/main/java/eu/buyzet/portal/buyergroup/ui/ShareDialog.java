package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.buyergroup.DemandUnit;
import eu.buyzet.portal.buyergroup.FootprintSource;
import eu.buyzet.portal.buyergroup.GroupMember;
import eu.buyzet.portal.buyergroup.MemberShare;
import eu.buyzet.portal.buyergroup.ProcedurePart;
import eu.buyzet.portal.shared.ui.AmountField;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An agency's share: how much, in which unit, at what value, its current footprint (one of its
 * mapped contracts or needs), its contact, the parts of the procedure it runs jointly, and
 * whether everyone may see its own figures. A refused save keeps the typing.
 */
final class ShareDialog extends Dialog {

    /** A footprint the agency can point to, with how it is shown. */
    record Option(FootprintSource source, String label) {
    }

    private final AmountField quantity = new AmountField("");
    private final Select<DemandUnit> unit = new Select<>();
    private final AmountField annualValue = new AmountField("");
    private final Select<String> currency = new Select<>();
    // a combo box, not a select: its input may carry aria-required, so the required marker can show
    // (a select puts aria-required on its value button, which axe rejects; vaadin/web-components#7337)
    private final ComboBox<Option> footprint = new ComboBox<>();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final CheckboxGroup<ProcedurePart> jointParts = new CheckboxGroup<>();
    private final Checkbox visibleToAgencies = new Checkbox();
    private final Checkbox shareVisible = new Checkbox();

    ShareDialog(String title, List<Option> options, @Nullable GroupMember existing, String defaultName,
                String defaultEmail, Function<MemberShare, Object> save, Runnable saved) {
        setHeaderTitle(title);
        quantity.setLabel(getTranslation("buyer-group.quantity"));
        quantity.setId("share-quantity");
        unit.setLabel(getTranslation("buyer-group.unit"));
        unit.setItems(DemandUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
        unit.setValue(DemandUnit.DELIVERIES_PER_YEAR);
        unit.setId("share-unit");
        annualValue.setLabel(getTranslation("buyer-group.annual-value"));
        annualValue.setHelperText(getTranslation("contracts.annual-value.help"));
        annualValue.setId("share-value");
        currency.setLabel(getTranslation("buyer-group.currency"));
        currency.setItems("NOK", "EUR", "SEK", "DKK");
        currency.setValue("NOK");
        currency.setId("share-currency");
        footprint.setLabel(getTranslation("buyer-group.footprint"));
        footprint.setHelperText(getTranslation("buyer-group.footprint.help"));
        footprint.setItems(options);
        footprint.setItemLabelGenerator(Option::label);
        footprint.setId("share-footprint");
        contactName.setLabel(getTranslation("buyer-group.contact-name"));
        contactName.setValue(defaultName);
        contactName.setId("share-contact-name");
        contactEmail.setLabel(getTranslation("buyer-group.contact-email"));
        contactEmail.setValue(defaultEmail);
        contactEmail.setId("share-contact-email");
        jointParts.setLabel(getTranslation("buyer-group.joint-parts"));
        jointParts.setItems(ProcedurePart.values());
        jointParts.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        jointParts.setValue(java.util.Set.of(ProcedurePart.MARKET_DIALOGUE, ProcedurePart.TENDER_DOCUMENTS,
                ProcedurePart.TENDERING_AND_AWARD));
        jointParts.setId("share-joint-parts");
        visibleToAgencies.setLabel(getTranslation("buyer-group.share-visible-agencies"));
        visibleToAgencies.setId("share-visible-agencies");
        visibleToAgencies.setValue(true);
        // the id stays "share-visible": it is still the setting that shows the share to everyone
        shareVisible.setLabel(getTranslation("buyer-group.share-visible-suppliers"));
        shareVisible.setId("share-visible");
        // what suppliers see, every agency may read too: ticking it ticks and holds the other
        shareVisible.addValueChangeListener(e -> {
            if (e.getValue()) {
                visibleToAgencies.setValue(true);
            }
            visibleToAgencies.setReadOnly(e.getValue());
        });
        for (HasValidation field : List.of(quantity, unit, annualValue, currency, footprint, contactName, contactEmail)) {
            field.setManualValidation(true);
        }
        if (existing != null) {
            quantity.setAmount(existing.quantity());
            unit.setValue(existing.unit());
            annualValue.setAmount(existing.annualValue());
            currency.setValue(existing.currency());
            options.stream().filter(o -> o.source().equals(existing.footprint())).findFirst().ifPresent(footprint::setValue);
            contactName.setValue(existing.contactName());
            contactEmail.setValue(existing.contactEmail());
            jointParts.setValue(existing.jointParts());
            visibleToAgencies.setValue(existing.visibleToAgencies());
            shareVisible.setValue(existing.visibleToSuppliers());
        }
        // what the service refuses a share without; the value is optional. The unit and currency
        // selects start filled and cannot be emptied, so they need no marker (and a select cannot
        // carry one that axe accepts, decision 024)
        RequiredFields.mark(quantity, footprint, contactName, contactEmail);
        FormLayout form = new FormLayout(quantity, unit, annualValue, currency, footprint, contactName, contactEmail,
                jointParts, visibleToAgencies, shareVisible);
        form.setColspan(footprint, 2);
        form.setColspan(jointParts, 2);
        form.setColspan(visibleToAgencies, 2);
        form.setColspan(shareVisible, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(RequiredFields.legend(this), form);
        Button ok = new Button(getTranslation("action.save"));
        // a second tap while the first saves is ignored, not told that someone else saved in between
        ok.setDisableOnClick(true);
        ok.addClickListener(e -> {
            try {
                submit(save, saved);
            } finally {
                ok.setEnabled(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("save-share");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        setWidth("min(48rem, 100vw)");
    }

    private void submit(Function<MemberShare, Object> save, Runnable saved) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("quantity", quantity);
        fields.put("unit", unit);
        fields.put("annualValue", annualValue);
        fields.put("currency", currency);
        fields.put("footprint", footprint);
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.values().forEach(f -> f.setInvalid(false));
        // both checked, so that both are marked at once
        if (!quantity.check() | !annualValue.check()) {
            return;
        }
        MemberShare share = new MemberShare(quantity.amount(), unit.getValue(), annualValue.amount(), currency.getValue(),
                footprint.getValue() == null ? null : footprint.getValue().source(), contactName.getValue(),
                contactEmail.getValue(), jointParts.getValue(), visibleToAgencies.getValue(), shareVisible.getValue());
        FormSubmit.attempt(this, fields, () -> save.apply(share)).ifPresent(done -> {
            close();
            saved.run();
        });
    }
}
