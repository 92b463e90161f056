package eu.buyzet.portal.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.security.LocalAccountService;
import eu.buyzet.portal.security.PasswordResetService;
import eu.buyzet.portal.shared.ui.FormMessage;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.PasswordReveal;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the mailed link leads: a new password, once, while the link is valid. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends ViewFrame implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResetService resets;
    /** Below the heading: the form, or what became of the link. */
    private final Div content = new Div();

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("login-view");
        setHeading(getTranslation("password-reset.new-title"));
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        content.removeAll();
        if (!resets.enabled()) {
            Paragraph keycloak = new Paragraph(getTranslation("password-reset.keycloak"));
            keycloak.setId("password-reset-keycloak");
            content.add(keycloak);
            return;
        }
        if (!resets.linkUsable(token)) {
            showInvalid();
            return;
        }
        PasswordField password = PasswordReveal.localised(new PasswordField(getTranslation("password-reset.new-password")));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setHelperText(getTranslation("signup.password-help", LocalAccountService.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setId("password-reset-password");
        FormMessage linkMessage = new FormMessage();
        linkMessage.setId("password-reset-link-error");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("password", password);
        fields.put("token", linkMessage);
        Button save = new Button(getTranslation("password-reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-reset-save");
        save.addClickListener(e -> FormSubmit.attempt(this, fields, () -> {
            resets.reset(token, password.getValue());
            return true;
        }).ifPresent(done -> {
            content.removeAll();
            Paragraph saved = new Paragraph(getTranslation("password-reset.saved"));
            saved.setId("password-reset-done");
            saved.getElement().setAttribute("role", "status");
            content.add(saved, new Paragraph(signIn()));
        }));
        password.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> save.click());
        content.add(password, linkMessage, save);
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("validation.password-reset.link-invalid"));
        invalid.setId("password-reset-invalid");
        Anchor again = new Anchor("forgot-password", getTranslation("password-reset.ask-again"));
        again.setId("password-reset-again");
        content.add(invalid, new Paragraph(again), new Paragraph(signIn()));
    }

    private Anchor signIn() {
        Anchor signIn = new Anchor("login", getTranslation("password-reset.back-to-sign-in"));
        signIn.setId("password-reset-sign-in");
        return signIn;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.new-title") + " – " + getTranslation("app.name");
    }
}
