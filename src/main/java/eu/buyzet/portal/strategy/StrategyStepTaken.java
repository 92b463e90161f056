package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;

/**
 * Published after every step of a strategy's lifecycle, for notifications. It carries the step and
 * the title, never a figure or a citation.
 *
 * @param step "consultation", "adopted", "superseded", "commented" or "new-version"
 * @param organisations the agencies to tell, as {@link StrategyDisclosure} allows them to see the strategy
 */
public record StrategyStepTaken(StrategyId strategyId, String title, String step, List<OrganisationId> organisations) {
    public StrategyStepTaken {
        organisations = List.copyOf(organisations);
    }
}
