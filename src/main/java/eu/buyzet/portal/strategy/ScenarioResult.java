package eu.buyzet.portal.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A strategy's scenario as computed: the baseline year and each planned year, with the factor set
 * named so that the figures can be traced.
 */
public record ScenarioResult(String factorSetId, String factorSetName, String factorSetVersion, LocalDate computedOn,
                             ScenarioFigures baseline, List<ScenarioFigures> years) {
    public ScenarioResult {
        years = List.copyOf(years);
    }
}
