package eu.buyzet.portal.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.security.PasswordResetService;
import eu.buyzet.portal.shared.ui.ClientAddress;
import eu.buyzet.portal.shared.ui.FormMessage;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Forgot password": asks for the address and answers the same whether or not it is a member's.
 * In Keycloak mode passwords are Keycloak's, and the page says so.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends ViewFrame implements HasDynamicTitle {

    ForgotPasswordView(PasswordResetService resets) {
        addClassName("login-view");
        setHeading(getTranslation("password-reset.title"));
        Anchor back = new Anchor("login", getTranslation("password-reset.back-to-sign-in"));
        back.setId("password-reset-sign-in");
        if (!resets.enabled()) {
            Paragraph keycloak = new Paragraph(getTranslation("password-reset.keycloak"));
            keycloak.setId("password-reset-keycloak");
            add(keycloak, new Paragraph(back));
            return;
        }
        setLead(getTranslation("password-reset.lead", PasswordResetService.LINK_VALID_FOR.toMinutes()));

        EmailField email = new EmailField(getTranslation("login.username"));
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setId("password-reset-email");
        FormMessage formMessage = new FormMessage();
        formMessage.setId("password-reset-form-error");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put(PasswordResetService.FORM, formMessage);

        Div done = new Div();
        done.setId("password-reset-sent");
        done.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("password-reset.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("password-reset-send");
        send.addClickListener(e -> FormSubmit.attempt(this, fields, () -> {
            resets.request(email.getValue(), ClientAddress.current(), getLocale().toLanguageTag());
            return email.getValue().strip();
        }).ifPresent(address -> {
            email.setVisible(false);
            send.setVisible(false);
            done.removeAll();
            // the same words whether or not the address is a member's: nothing here tells which
            done.add(new Paragraph(getTranslation("password-reset.sent", address,
                    PasswordResetService.LINK_VALID_FOR.toMinutes())));
        }));
        email.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> send.click());
        add(email, formMessage, send, done, new Paragraph(back));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.title") + " – " + getTranslation("app.name");
    }
}
