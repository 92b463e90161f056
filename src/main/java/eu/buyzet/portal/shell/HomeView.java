package eu.buyzet.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The start page: who you are signed in as, for which organisation, in which roles. */
@Route("")
@Menu(title = "nav.home", order = 0)
@PermitAll
class HomeView extends ViewFrame implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, OrganisationService organisations) {
        PortalUser user = currentUser.require();
        Organisation organisation = organisations.get(user.organisationId());
        setHeading(getTranslation("home.welcome", user.displayName()));
        setLead(getTranslation("home.lead"));

        Div card = new Div();
        card.addClassName("card");
        card.setId("whoami");
        card.add(new H2(getTranslation("home.you")));
        card.add(fact("home.organisation", organisation.name(), "home-organisation"));
        card.add(fact("home.organisation-kind", getTranslation(organisation.kind().messageKey()), "home-kind"));
        card.add(fact("home.roles", user.roles().stream().sorted().map(Role::messageKey).map(this::getTranslation)
                .collect(Collectors.joining(", ")), "home-roles"));
        card.add(fact("home.email", user.email(), "home-email"));
        add(card);
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
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
