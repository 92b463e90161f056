package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;

/**
 * Published after every step of a group, for notifications.
 *
 * @param members the member organisations to tell (after the step)
 */
public record BuyerGroupStepTaken(BuyerGroupId groupId, String title, String step, List<OrganisationId> members) {
    public BuyerGroupStepTaken {
        members = List.copyOf(members);
    }
}
