package eu.buyzet.portal.strategy;

import java.util.List;
import java.util.Set;

/**
 * Everything a strategy's page shows one reader, as {@link StrategyDisclosure} allows; the page
 * prints it and decides nothing.
 *
 * @param strategy the version as the reader may see it (outsiders: the public summary)
 * @param area the area, when the reader may see it (null for outsiders reading an adopted strategy)
 * @param versions the lineage's versions the reader may see, newest first
 * @param comments consultation comments, empty for readers who may not see them
 * @param evidenceOptions what the author may cite now; empty unless the reader may edit
 * @param plannedYears the years the scenario plans, from next year to 2030 or the last contract's end
 * @param actions what the reader may do now
 * @param timeline the tender windows of the area's contracts, judged today; empty for readers who may
 *     not see the area
 * @param climateWeighting how the version's instruments meet FOA §7-9
 */
public record StrategyPage(Strategy strategy, StrategyDisclosure.Relation relation,
                           @org.jspecify.annotations.Nullable PriorityArea area, List<Strategy> versions,
                           List<StrategyComment> comments, List<Evidence> evidenceOptions, List<Integer> plannedYears,
                           Set<StrategyAction> actions, List<TenderWindow> timeline,
                           ClimateWeighting climateWeighting) {
    public StrategyPage {
        versions = List.copyOf(versions);
        comments = List.copyOf(comments);
        evidenceOptions = List.copyOf(evidenceOptions);
        plannedYears = List.copyOf(plannedYears);
        actions = Set.copyOf(actions);
        timeline = List.copyOf(timeline);
    }

    /** The scenario as computed for this version (frozen once adopted); null before it is first computed. */
    public @org.jspecify.annotations.Nullable ScenarioResult result() {
        return strategy.result();
    }

    public boolean may(StrategyAction action) {
        return actions.contains(action);
    }
}
