package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.ConcurrentEditException;
import java.time.Instant;
import static eu.buyzet.portal.buyergroup.GroupSteps.strip;

import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers' interest in a group: a capability statement and the supplier's own published
 * solutions, while the group forms or is committed. Members, the lead buyer and the forum's
 * moderators see who is interested; everyone else how many ({@link BuyerGroupDisclosure}).
 */
@Service
public class BuyerGroupInterest {

    private final BuyerGroupRepository groups;
    private final BuyerGroupService reads;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final GroupRules rules;
    private final GroupSteps steps;

    BuyerGroupInterest(BuyerGroupRepository groups, BuyerGroupService reads, SubmissionService submissions,
                       CurrentUser currentUser, GroupRules rules, GroupSteps steps) {
        this.groups = groups;
        this.reads = reads;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.rules = rules;
        this.steps = steps;
    }

    /**
     * A supplier registers interest with a capability statement and, where it has them, its
     * published solutions. Registering again replaces the statement: {@code basedOn} is when the
     * interest the form showed was registered, null when it showed none, so that of two colleagues
     * the second is told rather than silently saving over the first.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public SupplierInterest registerInterest(BuyerGroup group, @Nullable Instant basedOn, @Nullable String statement,
                                             @Nullable List<SubmissionId> solutions) {
        PortalUser user = currentUser.require();
        BuyerGroup g = reads.get(group.id());
        GroupRules.Situation now = rules.situation(g, groups.lockShared(g.id()));
        GroupRules.require(now.interested() ? GroupAction.CHANGE_INTEREST : GroupAction.REGISTER_INTEREST, now);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = strip(statement);
        if (text.isEmpty()) {
            errors.put("statement", "validation.required");
        } else if (text.length() > 4000) {
            errors.put("statement", "validation.too-long");
        }
        List<SubmissionId> linked = solutions == null ? List.of() : solutions.stream().distinct().toList();
        for (SubmissionId s : linked) {
            Optional<Submission> solution = submissions.find(s);
            if (solution.isEmpty() || solution.get().kind() != SubmissionKind.SOLUTION
                    || solution.get().status() != SubmissionStatus.PUBLISHED
                    || !solution.get().organisationId().equals(user.organisationId())) {
                errors.put("solutions", "validation.buyer-group.own-published-solutions");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!groups.saveInterest(g.id(), user.organisationId(), basedOn, text, linked, user.memberId())) {
            throw new ConcurrentEditException();
        }
        steps.record(g, "interest-registered", null, null, user.organisationName(), Map.of("solutions", linked.size()));
        return myInterest(g.id()).orElseThrow();
    }

    /** A supplier withdraws its interest while interest is open; without one there is nothing to do. */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public void withdrawInterest(BuyerGroup group) {
        PortalUser user = currentUser.require();
        BuyerGroup g = reads.get(group.id());
        GroupRules.Situation now = rules.situation(g, groups.lockShared(g.id()));
        if (!now.interested()) {
            return;
        }
        GroupRules.require(GroupAction.WITHDRAW_INTEREST, now);
        if (groups.deleteInterest(g.id(), user.organisationId())) {
            steps.record(g, "interest-withdrawn", null, null, user.organisationName(), Map.of());
        }
    }

    /** The supplier's own published solutions, which it may point to in its interest. */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional(readOnly = true)
    public List<Submission> solutionChoices() {
        return submissions.mine(SubmissionStatus.PUBLISHED, new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
                .filter(s -> s.kind() == SubmissionKind.SOLUTION).toList();
    }

    /** The current user's organisation's own interest, if it is a supplier that registered one. */
    @DisclosureChannel("buyergroup.my-interest")
    @Transactional(readOnly = true)
    public Optional<SupplierInterest> myInterest(BuyerGroupId id) {
        BuyerGroup g = reads.get(id);
        return BuyerGroupDisclosure.ownInterest(rules.reader(g, groups.members(id)), groups.interests(id));
    }

    /** Who registered interest: insiders see it (see {@link BuyerGroupDisclosure}); others only how many. */
    @DisclosureChannel("buyergroup.interests")
    @Transactional(readOnly = true)
    public List<SupplierInterest> interests(BuyerGroupId id) {
        BuyerGroup g = reads.get(id);
        List<SupplierInterest> interests = BuyerGroupDisclosure.interests(rules.reader(g, groups.members(id)),
                groups.interests(id));
        if (interests == null) {
            throw new AccessDeniedException(
                    "Only members, the lead buyer and moderators see who registered interest in group " + id);
        }
        return interests;
    }
}
