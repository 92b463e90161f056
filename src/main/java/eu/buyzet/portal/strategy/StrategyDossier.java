package eu.buyzet.portal.strategy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Everything the procurement file's documents print about one strategy version, as the reader may
 * see it: the service builds it after asking the strategy's disclosure policy, so the documents
 * print what they are given and decide nothing (the same split as the dialogue report).
 *
 * @param timeline the area's tender windows, earliest first
 * @param climateWeighting how the strategy meets FOA §7-9
 * @param locale the reader's language; the documents speak it
 * @param producedAt when the document is made, printed on it
 */
public record StrategyDossier(Strategy strategy, PriorityArea area, List<TenderWindow> timeline,
                              ClimateWeighting climateWeighting, Locale locale, Instant producedAt) {
    public StrategyDossier {
        timeline = List.copyOf(timeline);
    }
}
