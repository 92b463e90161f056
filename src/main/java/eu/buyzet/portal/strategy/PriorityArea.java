package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Mapped contracts an agency (or a buyer group's lead) picked as one priority area, e.g. refuse
 * collection, and what in the portal concerns it. Links are ids in their own features.
 *
 * @param cpvCategory the CPV category from the ranking the area was picked from, if it was
 * @param agencies the other agencies named in the area, who comment in consultation
 */
public record PriorityArea(PriorityAreaId id, OrganisationId owner, String ownerName, String name,
                           String description, @Nullable String cpvCategory, List<ContractId> contracts,
                           List<OrganisationId> agencies, List<Long> forums, List<Long> dialogues,
                           List<Long> buyerGroups, List<Long> solutions, @Nullable AreaBaseline baseline,
                           Instant createdAt, int version) {
    public PriorityArea {
        contracts = List.copyOf(contracts);
        agencies = List.copyOf(agencies);
        forums = List.copyOf(forums);
        dialogues = List.copyOf(dialogues);
        buyerGroups = List.copyOf(buyerGroups);
        solutions = List.copyOf(solutions);
    }
}
