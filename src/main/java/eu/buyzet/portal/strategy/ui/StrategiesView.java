package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.strategy.PriorityArea;
import eu.buyzet.portal.strategy.PriorityAreaService;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The priority areas and strategies the signed-in reader may see, as the services give them. An
 * empty list says what to do next: an agency starts from its contract mapping.
 */
@Route("strategies/work")
@Menu(title = "nav.strategies", order = 6.7)
@PermitAll
class StrategiesView extends ViewFrame implements HasDynamicTitle {

    StrategiesView(PriorityAreaService areas, StrategyService strategies) {
        setHeading(getTranslation("strategy.heading"));
        setLead(getTranslation("strategy.lead"));
        addClassName("list-view");
        List<PriorityArea> visibleAreas = areas.list();
        List<Strategy> visibleStrategies = strategies.list();
        boolean agency = areas.mayCreate();
        if (agency) {
            Button create = new Button(getTranslation("strategy.new-area"),
                    e -> getUI().ifPresent(ui -> ui.navigate("strategies/areas/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-area");
            addToToolbar(create);
        }

        H2 areasHeading = new H2(getTranslation("strategy.areas"));
        Grid<PriorityArea> areaGrid = new Grid<>();
        areaGrid.addComponentColumn(this::areaCard).setHeader(getTranslation("strategy.areas"));
        areaGrid.setItems(visibleAreas);
        areaGrid.setAllRowsVisible(true);
        areaGrid.setEmptyStateComponent(agency
                ? EmptyState.of(getTranslation("strategy.empty.agency"), getTranslation("strategy.empty.go-to-contracts"),
                        "footprint/contracts")
                : EmptyState.of(getTranslation("strategy.empty.other")));
        areaGrid.setId("priority-areas");
        areaGrid.setAriaLabel(getTranslation("strategy.areas"));
        areaGrid.addClassName("card-grid");

        H2 strategiesHeading = new H2(getTranslation("strategy.strategies"));
        Grid<Strategy> strategyGrid = new Grid<>();
        strategyGrid.addComponentColumn(this::strategyCard).setHeader(getTranslation("strategy.strategies"));
        strategyGrid.setItems(visibleStrategies);
        strategyGrid.setAllRowsVisible(true);
        strategyGrid.setEmptyStateComponent(EmptyState.of(getTranslation(agency ? "strategy.empty.agency"
                : "strategy.empty.other")));
        strategyGrid.setId("strategies");
        strategyGrid.setAriaLabel(getTranslation("strategy.strategies"));
        strategyGrid.addClassName("card-grid");
        add(areasHeading, areaGrid, strategiesHeading, strategyGrid);
    }

    private Component areaCard(PriorityArea a) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor name = new Anchor("strategies/areas/" + a.id(), a.name());
        name.addClassName("submission-link");
        Span meta = new Span(a.ownerName() + (a.cpvCategory() == null ? "" : " · CPV " + a.cpvCategory()));
        meta.addClassName("submission-card-meta");
        card.add(name, meta);
        return card;
    }

    private Component strategyCard(Strategy s) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("strategies/" + s.id(), s.title());
        title.addClassName("submission-link");
        Span meta = new Span(getTranslation("strategy.status." + s.status().name()) + " · "
                + getTranslation("strategy.version", s.number()) + " · " + s.ownerName() + " · "
                + getTranslation("strategy.area-link", s.areaName()));
        meta.addClassName("submission-card-meta");
        card.add(title, meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("strategy.heading") + " – " + getTranslation("app.name");
    }
}
