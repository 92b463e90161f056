package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MembershipRequest;
import eu.buyzet.portal.organisation.MemberFilter;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.LocalAccountService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;

/** Administrators add members to organisations and give them roles. */
@Route("admin/members")
@Menu(title = "nav.members", order = 81)
@RolesAllowed("ADMIN")
class MembersView extends ViewFrame implements HasDynamicTitle {

    private final ConfigurableFilterDataProvider<Member, Void, MemberFilter> data;

    MembersView(MemberService members, OrganisationService organisations, LocalAccountService accounts,
                @Value("${buyzet.auth.mode:local}") String authMode) {
        setHeading(getTranslation("members.heading"));
        boolean local = "local".equals(authMode);

        TextField search = new TextField(getTranslation("members.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("member-search");
        Button add = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(),
                e -> new MemberDialog(members, organisations, accounts, local, null, saved -> refresh()).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-member");
        addToToolbar(search, add);

        DataProvider<Member, MemberFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> members.list(q.getFilter().orElse(MemberFilter.ANY), new PageRequest(q.getOffset(), q.getLimit()))
                        .stream(),
                q -> members.count(q.getFilter().orElse(MemberFilter.ANY)));
        data = provider.withConfigurableFilter();
        search.addValueChangeListener(e -> data.setFilter(new MemberFilter(e.getValue(), null)));

        Grid<Member> grid = new Grid<>();
        grid.addColumn(Member::displayName).setHeader(getTranslation("member.name")).setFlexGrow(2);
        grid.addColumn(Member::email).setHeader(getTranslation("member.email")).setFlexGrow(2);
        grid.addColumn(Member::organisationName).setHeader(getTranslation("member.organisation")).setFlexGrow(2);
        grid.addColumn(m -> m.roles().stream().sorted().map(Role::messageKey).map(this::getTranslation)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("member.roles"));
        grid.addColumn(m -> getTranslation(m.active() ? "member.active" : "member.inactive"))
                .setHeader(getTranslation("member.status"));
        grid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("action.edit"),
                    e -> new MemberDialog(members, organisations, accounts, local, m, saved -> refresh()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("action.edit") + " " + m.displayName());
            return edit;
        }).setHeader(getTranslation("action.actions")).setFlexGrow(0).setWidth("8em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.members")));
        grid.setId("members");
        grid.setAriaLabel(getTranslation("members.heading"));
        addClassName("list-view");
        add(grid);

        int waiting = members.countMembershipRequests();
        if (waiting > 0) {
            Grid<MembershipRequest> requests = new Grid<>();
            requests.addColumn(MembershipRequest::displayName).setHeader(getTranslation("member.name"));
            requests.addColumn(MembershipRequest::email).setHeader(getTranslation("member.email"));
            requests.addComponentColumn(r -> {
                Button addMember = new Button(getTranslation("members.add"), e -> new MemberDialog(members, organisations,
                        accounts, local, null, saved -> {
                            refresh();
                            requests.getDataProvider().refreshAll();
                        }).prefill(r.email(), r.displayName()).open());
                addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                addMember.setAriaLabel(getTranslation("members.add") + ": " + r.displayName());
                Button decline = new Button(getTranslation("members.decline"), e -> {
                    members.declineMembershipRequest(r.id());
                    requests.getDataProvider().refreshAll();
                });
                decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                decline.setAriaLabel(getTranslation("members.decline") + ": " + r.displayName());
                return new com.vaadin.flow.component.html.Div(addMember, decline);
            }).setHeader(getTranslation("action.actions"));
            requests.setItems(q -> members.membershipRequests(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                    q -> members.countMembershipRequests());
            requests.setEmptyStateComponent(EmptyState.of(getTranslation("empty.membership-requests")));
            requests.setId("membership-requests");
            requests.setAriaLabel(getTranslation("members.requests"));
            requests.setHeight("min(16rem, 40vh)");
            add(new com.vaadin.flow.component.html.H2(getTranslation("members.requests")), requests);
        }
    }

    private void refresh() {
        data.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.heading") + " – " + getTranslation("app.name");
    }
}
