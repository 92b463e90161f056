package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a contract strategy for a priority area. Versions of one strategy share
 * {@code lineage}; a new version starts as a draft copy of the latest and supersedes it when adopted.
 *
 * @param scenario the planned years, from the first year after the baseline to 2030 or the last contract end
 * @param result the scenario computed with {@code factorSetId}; frozen when adopted, so that a later
 *     factor set does not change an adopted strategy's figures; null before it is first computed
 */
public record Strategy(StrategyId id, long lineage, int number, PriorityAreaId area, String areaName,
                       OrganisationId owner, String ownerName, StrategyStatus status, String title, String summary,
                       List<ChosenInstrument> instruments, List<ScenarioYear> scenario,
                       @Nullable ScenarioResult result, @Nullable String adoptedByName, @Nullable Instant adoptedAt,
                       Instant updatedAt, int version) {
    public Strategy {
        instruments = List.copyOf(instruments);
        scenario = List.copyOf(scenario);
    }
}
