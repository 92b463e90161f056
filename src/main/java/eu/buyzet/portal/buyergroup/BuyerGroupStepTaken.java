package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;

/**
 * Published after every step of a group, for notifications. It carries the step's name and the
 * group's title and never a figure, so no notification, mail or digest can tell a hidden share.
 *
 * @param members the agencies to tell, as {@link BuyerGroupDisclosure#notified} decides: the lead
 *     buyer and every member after the step
 */
public record BuyerGroupStepTaken(BuyerGroupId groupId, String title, String step, List<OrganisationId> members) {
    public BuyerGroupStepTaken {
        members = List.copyOf(members);
    }
}
