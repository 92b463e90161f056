package eu.buyzet.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ui.FrontDoorEntry;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

/**
 * The portal's address. An anonymous visitor meets the front door: what the portal is, for whom,
 * and where to start. A member meets their start page: the work waiting for each of their roles,
 * and, small, who they are signed in as.
 */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class HomeView extends ViewFrame implements HasDynamicTitle {

    private final boolean signedIn;

    HomeView(CurrentUser currentUser, OrganisationService organisations, StartServices services,
             ObjectProvider<FrontDoorEntry> entries, @Value("${buyzet.auth.mode:local}") String authMode) {
        Optional<PortalUser> member = currentUser.get();
        this.signedIn = member.isPresent();
        if (member.isEmpty()) {
            boolean keycloak = "keycloak".equals(authMode);
            setHeading(getTranslation("front.heading"));
            setLead(getTranslation("front.lead"));
            add(new FrontDoor(entries.orderedStream().toList(), keycloak ? "oauth2/authorization/keycloak" : "login", !keycloak));
            return;
        }
        PortalUser user = member.get();
        setHeading(getTranslation("home.welcome", user.displayName()));
        setLead(getTranslation("home.lead"));
        add(new StartPage(user, services));
        add(whoAmI(user, organisations.get(user.organisationId())));
    }

    private Div whoAmI(PortalUser user, Organisation organisation) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("whoami");
        card.setId("whoami");
        card.add(new H2(getTranslation("home.you")));
        card.add(fact("home.organisation", organisation.name(), "home-organisation"));
        card.add(fact("home.organisation-kind", getTranslation(organisation.kind().messageKey()), "home-kind"));
        card.add(fact("home.roles", user.roles().stream().sorted().map(Role::messageKey).map(this::getTranslation)
                .collect(Collectors.joining(", ")), "home-roles"));
        card.add(fact("home.email", user.email(), "home-email"));
        return card;
    }

    private Paragraph fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.setId(id);
        return new Paragraph(label, text);
    }

    @Override
    public String getPageTitle() {
        return (signedIn ? getTranslation("home.title") + " – " : "") + getTranslation("app.name");
    }
}
