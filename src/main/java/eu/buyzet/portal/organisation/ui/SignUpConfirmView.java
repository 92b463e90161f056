package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.organisation.SignUpService;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.ViewFrame;

/** Where the mailed link leads: the address is confirmed and the account can be used. */
@Route(value = "sign-up/confirm", autoLayout = false)
@AnonymousAllowed
class SignUpConfirmView extends ViewFrame implements HasUrlParameter<String>, HasDynamicTitle {

    private final SignUpService signUps;

    SignUpConfirmView(SignUpService signUps) {
        this.signUps = signUps;
        addClassName("login-view");
        setHeading(getTranslation("signup.confirm-title"));
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        Paragraph message = new Paragraph();
        message.setId("signup-confirmed");
        try {
            String email = signUps.confirm(token);
            message.setText(getTranslation("signup.confirmed", email));
        } catch (ValidationException e) {
            message.setText(getTranslation(e.fieldErrors().values().iterator().next()));
        }
        Anchor signIn = new Anchor("login", getTranslation("signup.sign-in"));
        signIn.setId("signup-sign-in");
        add(message, new Paragraph(signIn));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.confirm-title") + " – " + getTranslation("app.name");
    }
}
