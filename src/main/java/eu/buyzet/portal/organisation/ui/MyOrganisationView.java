package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Every member sees their own organisation and who else acts for it. */
@Route("my-organisation")
@Menu(title = "nav.my-organisation", order = 10)
@PermitAll
class MyOrganisationView extends ViewFrame implements HasDynamicTitle {

    MyOrganisationView(CurrentUser currentUser, OrganisationService organisations, MemberService members) {
        Organisation organisation = organisations.get(currentUser.require().organisationId());
        setHeading(organisation.name());

        Div facts = new Div();
        facts.addClassName("card");
        facts.add(new Paragraph(getTranslation("organisation.kind") + ": " + getTranslation(organisation.kind().messageKey())));
        facts.add(new Paragraph(getTranslation("organisation.country") + ": "
                + java.util.Locale.of("", organisation.country()).getDisplayCountry(getLocale())));
        facts.add(new Paragraph(getTranslation(organisation.orgNumber() != null ? "organisation.org-number"
                : "organisation.vat-number") + ": " + organisation.registrationNumber()));
        add(facts, new H2(getTranslation("my-organisation.members")));

        Grid<Member> grid = new Grid<>();
        grid.addColumn(Member::displayName).setHeader(getTranslation("member.name"));
        grid.addColumn(Member::email).setHeader(getTranslation("member.email"));
        grid.addColumn(m -> m.roles().stream().sorted().map(Role::messageKey).map(this::getTranslation)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("member.roles"));
        grid.setItems(DataProvider.fromCallbacks(
                q -> members.colleagues(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> members.countColleagues()));
        grid.addClassName("compact-grid");
        grid.setAriaLabel(getTranslation("my-organisation.members"));
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.colleagues")));
        grid.setId("colleagues");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-organisation") + " – " + getTranslation("app.name");
    }
}
