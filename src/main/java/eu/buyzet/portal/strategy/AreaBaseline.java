package eu.buyzet.portal.strategy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A priority area's starting point, summed over its contracts' mapped flows with one factor set.
 *
 * @param contractsWithoutFlows contracts in the area that have no flows yet, left out of the sums
 */
public record AreaBaseline(String factorSetId, String factorSetName, LocalDate computedOn, int contracts,
                           int contractsWithoutFlows, ScenarioFigures figures, @Nullable Double energyKwh) {
}
