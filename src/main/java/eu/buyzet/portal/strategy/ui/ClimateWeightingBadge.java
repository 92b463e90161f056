package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.strategy.ClimateWeighting;
import java.util.Locale;

/**
 * How a strategy meets the procurement regulation §7-9, in one sentence: by an award weight of at
 * least 30 %, by a zero-emission requirement in the specification instead, or not yet (and what to
 * do). Words, not a colour: the state is in the text, the class only styles it.
 */
class ClimateWeightingBadge extends Paragraph {

    ClimateWeightingBadge(ClimateWeighting weighting) {
        setId("strategy-climate-weighting");
        String name = weighting.name().toLowerCase(Locale.ROOT).replace('_', '-');
        addClassNames("climate-weighting", "climate-weighting-" + name);
        if (weighting == ClimateWeighting.NOT_MET) {
            addClassName("notice");
        }
        Span rule = new Span(getTranslation("strategy.climate-weighting.rule") + " ");
        rule.addClassName("fact-label");
        add(rule);
        add(getTranslation("strategy.climate-weighting." + name));
    }
}
