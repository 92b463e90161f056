package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A priority area as its author fills it in. Either contracts are picked, or a CPV category of the
 * ranking is named and the author's contracts in it are taken.
 *
 * @param cpvCategory the category's leading digits, e.g. "905"
 */
public record AreaDraft(String name, String description, @Nullable String cpvCategory, List<ContractId> contracts,
                        List<OrganisationId> agencies, List<Long> forums, List<Long> dialogues, List<Long> buyerGroups,
                        List<Long> solutions) {
    public AreaDraft {
        contracts = List.copyOf(contracts);
        agencies = List.copyOf(agencies);
        forums = List.copyOf(forums);
        dialogues = List.copyOf(dialogues);
        buyerGroups = List.copyOf(buyerGroups);
        solutions = List.copyOf(solutions);
    }

    public static AreaDraft of(PriorityArea a) {
        return new AreaDraft(a.name(), a.description(), a.cpvCategory(), a.contracts(), a.agencies(), a.forums(),
                a.dialogues(), a.buyerGroups(), a.solutions());
    }
}
