package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.strategy.PublicStrategies;
import eu.buyzet.portal.strategy.PublicStrategy;
import eu.buyzet.portal.strategy.StrategyId;
import eu.buyzet.portal.strategy.StrategyStatus;

/**
 * One adopted (or superseded) strategy as anyone reads it: the summary, the scenario's headline and
 * each instrument with its reason and what it cites, by kind and figure (decision 032).
 */
@Route("strategies/public")
@AnonymousAllowed
class PublicStrategyView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PublicStrategies strategies;
    private final Div content = new Div();
    private String title = "";

    PublicStrategyView(PublicStrategies strategies) {
        this.strategies = strategies;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        render(strategies.get(StrategyId.of(id)));
    }

    private void render(PublicStrategy s) {
        title = s.title();
        content.removeAll();
        setHeading(s.title());
        Formats f = ReaderFormats.of(this);
        Paragraph meta = new Paragraph(PublicStrategyCards.meta(this, s) + " · "
                + getTranslation("strategy.public.version", s.number()));
        meta.setId("strategy-meta");
        content.add(meta);
        if (s.status() == StrategyStatus.SUPERSEDED) {
            Paragraph superseded = new Paragraph(getTranslation("strategy.public.superseded"));
            superseded.addClassName("notice");
            superseded.setId("strategy-superseded");
            content.add(superseded);
        }
        Paragraph summary = new Paragraph(s.summary());
        summary.addClassName("submission-summary");
        content.add(new H2(getTranslation("strategy.document.summary")), summary);

        content.add(new H2(getTranslation("strategy.document.scenario")));
        Paragraph headline = new Paragraph(PublicStrategyCards.headline(this, s));
        headline.setId("strategy-headline");
        content.add(headline);
        PublicStrategy.Headline h = s.headline();
        if (h != null) {
            content.add(new Paragraph(getTranslation("strategy.public.factor-set", h.factorSetName(),
                    h.factorSetVersion())));
        }

        content.add(new H2(getTranslation("strategy.document.instruments")));
        for (PublicStrategy.PublicInstrument i : s.instruments()) {
            String key = "strategy.instrument." + i.instrument().name();
            Div section = new Div(new H3(getTranslation(key + ".name")), new Paragraph(getTranslation(key + ".explanation")));
            section.addClassName("strategy-instrument");
            if (i.fromDate() != null) {
                section.add(new Paragraph(getTranslation("strategy.document.from-date") + ": " + f.date(i.fromDate())));
            }
            if (i.weightPercent() != null) {
                section.add(new Paragraph(getTranslation("strategy.document.weight") + ": "
                        + f.percent(i.weightPercent() / 100.0)));
            }
            section.add(new Paragraph(getTranslation("strategy.document.rationale") + ": " + i.rationale()));
            if (!i.evidence().isEmpty()) {
                UnorderedList cites = new UnorderedList();
                i.evidence().forEach(e -> cites.add(new ListItem(e.figure() == null
                        ? getTranslation("strategy.public.evidence." + e.kind().name())
                        : getTranslation("strategy.public.evidence-figure." + e.kind().name(), f.figure(e.figure())))));
                section.add(new Paragraph(getTranslation("strategy.document.cites") + ":"), cites);
            }
            content.add(section);
        }
        content.add(new Paragraph(new Anchor("strategies/public", getTranslation("strategy.public.all"))));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
