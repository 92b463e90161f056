package eu.buyzet.portal.organisation.ui;


import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.organisation.SignUpForm;
import eu.buyzet.portal.organisation.SignUpService;
import eu.buyzet.portal.security.LocalAccountService;
import eu.buyzet.portal.shared.i18n.SupportedLocales;
import eu.buyzet.portal.shared.ui.ClientAddress;
import eu.buyzet.portal.shared.ui.FormMessage;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.PasswordReveal;
import eu.buyzet.portal.shared.ui.RequiredFields;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A supplier signs up itself and its organisation. Nothing is created until the address is
 * confirmed by the mailed link; the organisation then waits for a moderator's verification.
 */
@Route(value = "sign-up", autoLayout = false)
@AnonymousAllowed
class SignUpView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {

    private final SignUpService signUps;

    SignUpView(SignUpService signUps) {
        this.signUps = signUps;
        addClassName("login-view");
        setHeading(getTranslation("signup.title"));
        setLead(getTranslation("signup.lead"));

        TextField organisationName = new TextField(getTranslation("signup.organisation-name"));
        organisationName.setRequiredIndicatorVisible(true);
        organisationName.setMaxLength(200);
        organisationName.setId("signup-organisation-name");
        RegistrationFields registration = new RegistrationFields(this, "signup");
        TextField displayName = new TextField(getTranslation("signup.your-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        displayName.setId("signup-name");
        EmailField email = new EmailField(getTranslation("member.email"));
        email.setRequiredIndicatorVisible(true);
        email.setId("signup-email");
        PasswordField password = PasswordReveal.localised(new PasswordField(getTranslation("signup.password")));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("signup.password-help", LocalAccountService.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setId("signup-password");
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("signup.language"));
        language.setItems("nb", "en");
        language.setItemLabelGenerator(tag -> "nb".equals(tag) ? "Norsk bokmål" : "English");
        language.setValue(SupportedLocales.BOKMAL.equals(SupportedLocales.closest(getLocale())) ? "nb" : "en");
        language.setId("signup-language");
        Checkbox privacy = new Checkbox(getTranslation("signup.privacy"));
        privacy.setId("signup-privacy");
        Anchor privacyNotice = new Anchor("privacy", getTranslation("signup.privacy-link"));
        privacyNotice.setTarget("_blank");

        // email and password fields do their own browser checks; the service's messages replace them
        email.setManualValidation(true);
        password.setManualValidation(true);
        FormLayout form = new FormLayout(organisationName, registration.country, registration.orgNumber,
                registration.vatNumber, displayName, email, password, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Div consent = new Div(privacy, new Paragraph(privacyNotice));
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("organisationName", organisationName);
        fields.put("country", registration.country);
        fields.put("orgNumber", registration.orgNumber);
        fields.put("vatNumber", registration.vatNumber);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("password", password);
        fields.put("privacy", privacy);
        FormMessage formMessage = new FormMessage();
        formMessage.setId("signup-form-error");
        fields.put(SignUpService.FORM, formMessage);

        Div done = new Div();
        done.setId("signup-done");
        done.setVisible(false);
        Button send = new Button(getTranslation("signup.send"), e -> FormSubmit.attempt(this, fields, () -> {
            signUps.request(new SignUpForm(organisationName.getValue(), registration.country.getValue(),
                    registration.orgNumber.getValue(), registration.vatNumber.getValue(), displayName.getValue(),
                    email.getValue(), password.getValue(), language.getValue(), privacy.getValue()), ClientAddress.current());
            return email.getValue().strip();
        }).ifPresent(address -> {
            form.setVisible(false);
            consent.setVisible(false);
            e.getSource().setVisible(false);
            done.add(new Paragraph(getTranslation("signup.check-mail", address)));
            done.setVisible(true);
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("signup-send");
        add(form, consent, formMessage, send, done, new Paragraph(new Anchor("login", getTranslation("signup.have-account"))));
        addComponentAtIndex(indexOf(form), RequiredFields.legend(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!signUps.enabled()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " – " + getTranslation("app.name");
    }
}
