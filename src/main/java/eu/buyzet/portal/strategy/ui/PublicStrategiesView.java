package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.strategy.PublicStrategies;
import eu.buyzet.portal.strategy.PublicStrategy;

/** The adopted contract strategies as anyone reads them, the most recently adopted first. */
@Route("strategies/public")
@Menu(title = "nav.adopted-strategies", order = 6.6)
@AnonymousAllowed
class PublicStrategiesView extends ViewFrame implements HasDynamicTitle {

    PublicStrategiesView(PublicStrategies strategies) {
        setHeading(getTranslation("strategy.public.heading"));
        setLead(getTranslation("strategy.public.lead"));
        addClassName("list-view");
        Grid<PublicStrategy> grid = new Grid<>();
        grid.addComponentColumn(this::card).setHeader(getTranslation("strategy.public.heading"));
        grid.setItems(DataProvider.fromCallbacks(
                q -> strategies.list(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, strategies.count())));
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("strategy.public.empty"),
                getTranslation("empty.go-to-forums"), "forums"));
        grid.setId("public-strategies");
        grid.setAriaLabel(getTranslation("strategy.public.heading"));
        grid.addClassName("card-grid");
        add(grid);
    }

    private Component card(PublicStrategy s) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("strategies/public/" + s.id(), s.title());
        title.addClassName("submission-link");
        Span meta = new Span(PublicStrategyCards.meta(this, s));
        meta.addClassName("submission-card-meta");
        Paragraph summary = new Paragraph(s.summary());
        summary.addClassName("submission-summary");
        Span headline = new Span(PublicStrategyCards.headline(this, s));
        Span instruments = new Span(getTranslation("strategy.public.instruments-line", String.join(", ",
                s.instruments().stream().map(i -> PublicStrategyCards.instrumentName(this, i)).toList())));
        instruments.addClassName("submission-card-meta");
        card.add(title, meta, summary, headline, new Div(instruments));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("strategy.public.heading") + " – " + getTranslation("app.name");
    }
}
