package eu.buyzet.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;

/**
 * Where a Keycloak sign-in lands when it cannot go on: most often a person Keycloak knows and the
 * portal does not.
 */
@Route(value = "signin-problem", autoLayout = false)
@AnonymousAllowed
class SignInProblemView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph message = new Paragraph();

    SignInProblemView(@Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri:}") String issuer,
                      @Value("${spring.security.oauth2.client.registration.keycloak.client-id:}") String clientId) {
        setHeading(getTranslation("signin-problem.heading"));
        message.setId("error-message");
        add(message);
        if (!issuer.isBlank()) {
            // Without ending the identity provider's session, "try again" would sign the same person in again.
            Anchor other = new Anchor(issuer + "/protocol/openid-connect/logout?client_id="
                    + URLEncoder.encode(clientId, StandardCharsets.UTF_8), getTranslation("signin-problem.other-account"));
            other.setId("other-account");
            add(new Paragraph(other));
        }
        add(new Paragraph(new Anchor("", getTranslation("signin-problem.try-again"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("failed");
        message.setText(getTranslation(switch (reason) {
            case "unknown" -> "signin-problem.unknown";
            case "pending" -> "signin-problem.pending";
            default -> "signin-problem.failed";
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin-problem.heading") + " – " + getTranslation("app.name");
    }
}
