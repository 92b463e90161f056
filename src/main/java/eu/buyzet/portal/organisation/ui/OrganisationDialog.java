package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationDetails;
import eu.buyzet.portal.organisation.OrganisationKind;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit an organisation. The service validates; its messages appear next to the fields
 * and nothing typed is lost.
 */
class OrganisationDialog extends Dialog {

    private final TextField name = new TextField();
    private final RadioButtonGroup<OrganisationKind> kind = new RadioButtonGroup<>();
    private final RegistrationFields registration = new RegistrationFields(this, "organisation");
    private final ComboBox<String> country = registration.country;
    private final TextField orgNumber = registration.orgNumber;
    private final TextField vatNumber = registration.vatNumber;

    OrganisationDialog(OrganisationService service, @Nullable Organisation existing, Consumer<Organisation> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "organisations.add" : "organisations.edit"));
        name.setLabel(getTranslation("organisation.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setId("organisation-name");
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        kind.setId("organisation-kind");
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            registration.set(existing.country(), existing.orgNumber(), existing.vatNumber());
        }

        FormLayout form = new FormLayout(name, kind, country, orgNumber, vatNumber);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(RequiredFields.legend(this), form);

        Button save = new Button(getTranslation("action.save"), e -> {
            OrganisationDetails details = new OrganisationDetails(name.getValue(), kind.getValue(), country.getValue(),
                    orgNumber.getValue(), vatNumber.getValue());
            FormSubmit.attempt(this, fields(), () -> existing == null ? service.create(details)
                    : service.update(existing.id(), existing.version(), details)).ifPresent(saved -> {
                FieldErrors.notifySuccess(this, getTranslation("organisations.saved", saved.name()));
                onSaved.accept(saved);
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-organisation");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(36rem, 100vw)");
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "kind", kind, "country", country, "orgNumber", orgNumber, "vatNumber", vatNumber);
    }
}
