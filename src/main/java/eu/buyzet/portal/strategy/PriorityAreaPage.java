package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.MappedContract;
import java.util.List;
import java.util.Set;

/**
 * Everything the area's page shows one reader, as {@link StrategyDisclosure} allows.
 *
 * @param contracts the area's contracts as mapped now (the baseline keeps the figures of when it was summed)
 * @param strategies the strategy versions the reader may see, newest version of each lineage first
 * @param consultedNames the named agencies and the agencies of the linked buyer groups
 */
public record PriorityAreaPage(PriorityArea area, StrategyDisclosure.Relation relation, List<MappedContract> contracts,
                               List<Strategy> strategies, List<String> consultedNames, Set<AreaAction> actions) {
    public PriorityAreaPage {
        contracts = List.copyOf(contracts);
        strategies = List.copyOf(strategies);
        consultedNames = List.copyOf(consultedNames);
        actions = Set.copyOf(actions);
    }
}
