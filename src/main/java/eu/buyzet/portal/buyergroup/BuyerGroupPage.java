package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.footprint.ProposalFootprint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the group's page shows, for one reader, as {@link BuyerGroupDisclosure} allows: the
 * page prints it and decides nothing.
 *
 * @param relation how the reader stands to the group
 * @param members the member agencies as the reader sees them: every member for insiders, otherwise
 *     the counted members whose own figures are public
 * @param interests who registered interest; null when the reader may know only how many
 * @param myInterest the reader's own organisation's interest, if it is a supplier that registered one
 * @param steps the timeline as the reader may see it, oldest first
 * @param actions the steps the reader may take now, by the same rule each step enforces when taken
 *     ({@link GroupRules}); none on the public page
 * @param nextSteps the reader's own steps that wait for something first, each with the message key
 *     stating what (e.g. committing waits for the lead's letter of intent); none on the public page
 * @param proposalFootprint what the needs the group's proposal gathers cause together, as the
 *     proposal's page shows it; empty on the public page and when the proposal gathers none
 */
public record BuyerGroupPage(BuyerGroup group, BuyerGroupDisclosure.Relation relation, Demand demand,
                             List<MemberView> members, @Nullable List<SupplierInterest> interests,
                             Optional<SupplierInterest> myInterest, List<GroupStep> steps, Set<GroupAction> actions,
                             Map<GroupAction, String> nextSteps, Optional<ProposalFootprint> proposalFootprint) {

    public BuyerGroupPage {
        nextSteps = Map.copyOf(nextSteps);
        members = List.copyOf(members);
        interests = interests == null ? null : List.copyOf(interests);
        steps = List.copyOf(steps);
        actions = Set.copyOf(actions);
    }

    /** Whether the reader sees the member details of an insider (contacts, joint parts, letters). */
    public boolean insider() {
        return relation.insider();
    }
}
