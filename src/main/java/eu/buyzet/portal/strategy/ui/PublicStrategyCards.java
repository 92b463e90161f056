package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.Component;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.PublicStrategy;
import java.util.ArrayList;
import java.util.List;

/** Texts the public list and page share: the meta line and the scenario's headline. */
final class PublicStrategyCards {

    private PublicStrategyCards() {
    }

    static String meta(Component view, PublicStrategy s) {
        List<String> parts = new ArrayList<>(List.of(s.areaName(), s.ownerName()));
        if (s.adoptedAt() != null) {
            parts.add(view.getTranslation("strategy.public.adopted-on", ReaderFormats.of(view).date(s.adoptedAt())));
        }
        return String.join(" · ", parts);
    }

    /** "By 2030: well-to-wheel CO2e −86.6 % against 2025; zero-emission share 100 %", or empty before a scenario. */
    static String headline(Component view, PublicStrategy s) {
        PublicStrategy.Headline h = s.headline();
        if (h == null) {
            return view.getTranslation("strategy.public.no-scenario");
        }
        Formats f = ReaderFormats.of(view);
        String change = f.percent(h.co2eWtwChangePercent() / 100);
        return view.getTranslation("strategy.public.headline", Integer.toString(h.targetYear()),
                h.co2eWtwChangePercent() > 0 ? "+" + change : change, Integer.toString(h.baselineYear()),
                f.percent(h.zeroEmissionSharePercent() / 100));
    }

    static String instrumentName(Component view, PublicStrategy.PublicInstrument i) {
        return view.getTranslation("strategy.instrument." + i.instrument().name() + ".name");
    }
}
