package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationFilter;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.LocalAccountService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.PasswordReveal;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Create or edit a member; in local mode, also set their password. */
class MemberDialog extends Dialog {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();
    private final PasswordField password = PasswordReveal.localised(new PasswordField());

    MemberDialog(MemberService service, OrganisationService organisations, LocalAccountService accounts,
                 boolean localAccounts, @Nullable Member existing, Consumer<Member> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "members.add" : "members.edit"));
        email.setLabel(getTranslation("member.email"));
        email.setRequiredIndicatorVisible(true);
        email.setId("member-email");
        displayName.setLabel(getTranslation("member.name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId("member-name");
        organisation.setLabel(getTranslation("member.organisation"));
        organisation.setRequiredIndicatorVisible(true);
        organisation.setItemLabelGenerator(Organisation::name);
        // Lazy: the combo box asks for one page of matching organisations at a time.
        organisation.setItems(query -> organisations.list(new OrganisationFilter(query.getFilter().orElse(null), null),
                new PageRequest(query.getOffset(), query.getLimit())).stream());
        organisation.setId("member-organisation");
        roles.setLabel(getTranslation("member.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setId("member-roles");
        active.setLabel(getTranslation("member.active"));
        active.setValue(true);
        password.setLabel(getTranslation(existing == null ? "member.password" : "member.new-password"));
        password.setHelperText(getTranslation("member.password.help", LocalAccountService.MIN_PASSWORD_LENGTH));
        password.setId("member-password");

        if (existing != null) {
            email.setValue(existing.email());
            displayName.setValue(existing.displayName());
            organisation.setValue(organisations.get(existing.organisationId()));
            roles.setValue(existing.roles());
            active.setValue(existing.active());
        }
        FormLayout form = new FormLayout(email, displayName, organisation, roles, active);
        if (localAccounts) {
            form.add(password);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(RequiredFields.legend(this), form);

        Button save = new Button(getTranslation("action.save"), e -> {
            fields().values().forEach(f -> f.setInvalid(false));
            if (localAccounts && !password.isEmpty() && password.getValue().length() < LocalAccountService.MIN_PASSWORD_LENGTH) {
                // checked before saving the member, so that a bad password saves nothing
                FieldErrors.show(ValidationException.of("password", "validation.password.too-short"), fields(), this);
                return;
            }
            MemberDetails details = new MemberDetails(email.getValue(), displayName.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), roles.getValue(),
                    active.getValue());
            FormSubmit.attempt(this, fields(), () -> {
                Member saved = existing == null ? service.create(details)
                        : service.update(existing.id(), existing.version(), details);
                if (localAccounts && !password.isEmpty()) {
                    accounts.setPassword(saved.id(), password.getValue());
                }
                return saved;
            }).ifPresent(saved -> {
                FieldErrors.notifySuccess(this, getTranslation("members.saved", saved.displayName()));
                onSaved.accept(saved);
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-member");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(36rem, 100vw)");
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new HashMap<>();
        map.put("email", email);
        map.put("displayName", displayName);
        map.put("organisationId", organisation);
        map.put("roles", roles);
        map.put("password", password);
        return map;
    }

    /** Starts a new member from a membership request: the admin adds organisation and roles. */
    MemberDialog prefill(String address, String name) {
        email.setValue(address);
        displayName.setValue(name);
        return this;
    }
}
