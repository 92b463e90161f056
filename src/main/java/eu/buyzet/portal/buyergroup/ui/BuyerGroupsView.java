package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupStatus;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;

/** Every buyer group the reader may see, newest first, with a status filter. */
@Route("buyer-groups")
@Menu(title = "nav.buyer-groups", order = 6.5)
@AnonymousAllowed
class BuyerGroupsView extends ViewFrame implements HasDynamicTitle {

    BuyerGroupsView(BuyerGroupService groups) {
        setHeading(getTranslation("buyer-group.heading"));
        setLead(getTranslation("buyer-group.lead"));
        addClassName("list-view");
        Select<BuyerGroupStatus> status = new Select<>();
        status.setLabel(getTranslation("buyer-group.status"));
        status.setItems(BuyerGroupStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation(s.messageKey()));
        status.setId("buyer-group-status");
        addToToolbar(status);
        DataProvider<BuyerGroup, BuyerGroupStatus> provider = DataProvider.fromFilteringCallbacks(
                q -> groups.list(q.getFilter().orElse(null), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> groups.count(q.getFilter().orElse(null)));
        ConfigurableFilterDataProvider<BuyerGroup, Void, BuyerGroupStatus> data = provider.withConfigurableFilter();
        status.addValueChangeListener(e -> data.setFilter(e.getValue()));
        Grid<BuyerGroup> grid = new Grid<>();
        grid.addComponentColumn(this::card).setHeader(getTranslation("buyer-group.heading"));
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(getTranslation(groups.formsGroups() ? "empty.buyer-groups.agency"
                : "empty.buyer-groups.other"), getTranslation("empty.go-to-forums"), "forums"));
        grid.setId("buyer-groups");
        grid.setAriaLabel(getTranslation("buyer-group.heading"));
        grid.addClassName("card-grid");
        add(grid);
    }

    private Component card(BuyerGroup g) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("buyer-groups/" + g.id(), g.title());
        title.addClassName("submission-link");
        Span meta = new Span(getTranslation(g.status().messageKey()) + " · " + getTranslation("buyer-group.lead-buyer")
                + ": " + g.leadOrganisationName());
        meta.addClassName("submission-card-meta");
        card.add(title, meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buyer-group.heading") + " – " + getTranslation("app.name");
    }
}
