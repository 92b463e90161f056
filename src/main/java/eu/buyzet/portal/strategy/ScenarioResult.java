package eu.buyzet.portal.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A strategy's scenario as computed: the baseline year and each planned year, with the factor set
 * named so that the figures can be traced.
 *
 * @param notes where a year could not follow the plan (see {@link ScenarioNote}); empty when every
 *     year did
 */
public record ScenarioResult(String factorSetId, String factorSetName, String factorSetVersion, LocalDate computedOn,
                             ScenarioFigures baseline, List<ScenarioFigures> years, List<ScenarioNote> notes) {
    public ScenarioResult {
        years = List.copyOf(years);
        // a result stored as JSON before notes were recorded reads back without them
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A result without notes, as stored before notes were recorded. */
    public ScenarioResult(String factorSetId, String factorSetName, String factorSetVersion, LocalDate computedOn,
                          ScenarioFigures baseline, List<ScenarioFigures> years) {
        this(factorSetId, factorSetName, factorSetVersion, computedOn, baseline, years, List.of());
    }
}
