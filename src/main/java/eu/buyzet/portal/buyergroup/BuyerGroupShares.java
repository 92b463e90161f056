package eu.buyzet.portal.buyergroup;

import static eu.buyzet.portal.buyergroup.GroupSteps.strip;

import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository.Baseline;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.StoredResult;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and their shares: agencies join a forming group with their share, change it and leave
 * (the lead buyer cannot), and confirm their part with a letter of intent; and the combined
 * demand as each reader may see it. Who may take a step and when is {@link GroupRules}' one rule.
 * A share's footprint is copied from one of the agency's own mapped contracts or declared needs
 * when the share is saved.
 */
@Service
public class BuyerGroupShares {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    /** A footprint an agency may point its share to, with the title of the contract or need. */
    public record FootprintChoice(FootprintSource source, String title) {
    }

    private final BuyerGroupRepository groups;
    private final BuyerGroupService reads;
    private final SubmissionService submissions;
    private final ContractService contracts;
    private final DeclarationService declarations;
    private final CurrentUser currentUser;
    private final GroupRules rules;
    private final GroupSteps steps;

    BuyerGroupShares(BuyerGroupRepository groups, BuyerGroupService reads, SubmissionService submissions,
                     ContractService contracts, DeclarationService declarations, CurrentUser currentUser,
                     GroupRules rules, GroupSteps steps) {
        this.groups = groups;
        this.reads = reads;
        this.submissions = submissions;
        this.contracts = contracts;
        this.declarations = declarations;
        this.currentUser = currentUser;
        this.rules = rules;
        this.steps = steps;
    }

    /**
     * Every member with its whole share record: for those who see every share (the lead buyer,
     * the forum's moderators, administrators; see {@link BuyerGroupDisclosure}).
     */
    @DisclosureChannel("buyergroup.members")
    @Transactional(readOnly = true)
    public List<GroupMember> members(BuyerGroupId id) {
        BuyerGroup g = reads.get(id);
        List<GroupMember> all = groups.members(id);
        if (!rules.reader(g, all).relation().seesEveryShare()) {
            throw new AccessDeniedException("Only the lead buyer and moderators see every share of group " + id);
        }
        return all;
    }

    /** The current user's own membership, if its agency is a member. */
    @DisclosureChannel("buyergroup.my-membership")
    @Transactional(readOnly = true)
    public Optional<GroupMember> myMembership(BuyerGroupId id) {
        reads.get(id);
        return currentUser.get().filter(u -> u.has(Role.AGENCY)).flatMap(u -> membership(id, u));
    }

    /** The combined demand as the current user may see it (see {@link Demand}). */
    @DisclosureChannel("buyergroup.demand")
    @Transactional(readOnly = true)
    public Demand demand(BuyerGroupId id) {
        BuyerGroup g = reads.get(id);
        List<GroupMember> all = groups.members(id);
        return BuyerGroupDisclosure.demand(rules.reader(g, all), g, all, groups.interestCount(id));
    }

    /**
     * The footprints the current agency may give as its share's: its mapped contracts and its
     * published needs with a declared footprint.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional(readOnly = true)
    public List<FootprintChoice> footprintChoices() {
        PortalUser user = currentUser.require();
        List<FootprintChoice> choices = new ArrayList<>();
        contracts.rankAll(user.organisationId(), ContractMetric.CO2E).forEach(c -> choices.add(new FootprintChoice(
                new FootprintSource(FootprintSource.Kind.CONTRACT, c.id().value()), c.title())));
        for (Submission need : submissions.mine(SubmissionStatus.PUBLISHED, new PageRequest(0, PageRequest.MAX_LIMIT))) {
            if (need.kind() == SubmissionKind.NEED && declarations.find(need.id()).isPresent()) {
                choices.add(new FootprintChoice(new FootprintSource(FootprintSource.Kind.NEED, need.id().value()),
                        need.title()));
            }
        }
        return choices;
    }

    /**
     * The share the proposal's agency starts its group with, from its own need among those the
     * proposal gathers: the need's yearly trips (or, without trips, its vehicles) and its declared
     * footprint, the signed-in person as contact, shown to the other agencies but not to suppliers.
     * Empty when the agency gathered no need of its own with declared flows to count from.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional(readOnly = true)
    public Optional<StartingShare> startingShare(SubmissionId proposal) {
        PortalUser user = currentUser.require();
        for (Submission need : submissions.linkedNeeds(proposal)) {
            if (!need.organisationId().equals(user.organisationId())) {
                continue;
            }
            List<Flow> flows = declarations.find(need.id()).map(d -> d.flows()).orElse(List.of());
            double trips = flows.stream().mapToDouble(f -> f.tripsPerYear() == null ? 0 : f.tripsPerYear()).sum();
            int vehicles = flows.stream().mapToInt(f -> f.vehicles() == null ? 0 : f.vehicles()).sum();
            if (trips <= 0 && vehicles <= 0) {
                continue;
            }
            return Optional.of(new StartingShare(new MemberShare(
                    BigDecimal.valueOf(Math.round(trips > 0 ? trips : vehicles)),
                    trips > 0 ? DemandUnit.TRIPS_PER_YEAR : DemandUnit.VEHICLES, null, "NOK",
                    new FootprintSource(FootprintSource.Kind.NEED, need.id().value()), user.displayName(), user.email(),
                    Set.of(ProcedurePart.MARKET_DIALOGUE, ProcedurePart.TENDER_DOCUMENTS, ProcedurePart.TENDERING_AND_AWARD),
                    true, false), need.title()));
        }
        return Optional.empty();
    }

    /** The share a lead buyer starts with, and the title of the need it comes from. */
    public record StartingShare(MemberShare share, String needTitle) {
    }

    /** An agency joins a forming group with its share. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public GroupMember join(BuyerGroup group, MemberShare share) {
        PortalUser user = currentUser.require();
        BuyerGroup g = take(group, GroupAction.JOIN);
        Baseline baseline = check(share, user);
        if (!groups.insertMember(g.id(), user.organisationId(), clean(share), baseline, user.memberId())) {
            throw ValidationException.of("organisation", "validation.buyer-group.already-member");
        }
        BigDecimal quantity = Objects.requireNonNull(share.quantity(), "check() refuses a share without one");
        DemandUnit unit = Objects.requireNonNull(share.unit(), "check() refuses a share without one");
        steps.record(g, "joined", null, null, quantity.toPlainString() + " " + unit,
                Map.of("quantity", quantity, "unit", unit.name(), "co2eKg", baseline.co2eKg()));
        return membership(g.id(), user).orElseThrow();
    }

    /** A member changes its share while the group forms; {@code version} is the share as read. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public GroupMember changeShare(BuyerGroup group, int version, MemberShare share) {
        PortalUser user = currentUser.require();
        BuyerGroup g = take(group, GroupAction.CHANGE_SHARE);
        GroupMember before = membership(g.id(), user).orElseThrow();
        Baseline baseline = check(share, user);
        if (!groups.updateMember(g.id(), user.organisationId(), version, clean(share), baseline)) {
            throw new ConcurrentEditException();
        }
        BigDecimal quantity = Objects.requireNonNull(share.quantity(), "check() refuses a share without one");
        steps.record(g, "share-changed", null, null, before.quantity().toPlainString() + " " + before.unit() + " → "
                        + quantity.toPlainString() + " " + share.unit(),
                Map.of("before", before.quantity() + " " + before.unit(), "after", share.quantity() + " " + share.unit(),
                        "visibleToAgenciesBefore", before.visibleToAgencies(), "visibleToAgenciesAfter",
                        share.visibleToAgencies(), "visibleToSuppliersBefore", before.visibleToSuppliers(),
                        "visibleToSuppliersAfter", share.visibleToSuppliers()));
        return membership(g.id(), user).orElseThrow();
    }

    /** A member leaves while the group forms; the lead buyer cannot (it cancels instead). */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public void leave(BuyerGroup group) {
        PortalUser user = currentUser.require();
        BuyerGroup g = take(group, GroupAction.LEAVE);
        if (!groups.deleteMember(g.id(), user.organisationId())) {
            throw new AccessDeniedException("Not a member of group " + g.id());
        }
        steps.record(g, "left", null, null, null, Map.of());
    }

    /** A member confirms its part, once, with a letter of intent signed with the name of the person. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public GroupMember signLetterOfIntent(BuyerGroup group, @Nullable String signerName) {
        PortalUser user = currentUser.require();
        BuyerGroup g = take(group, GroupAction.SIGN_LETTER);
        String name = strip(signerName);
        if (name.isEmpty()) {
            throw ValidationException.of("signerName", "validation.required");
        }
        if (name.length() > 200) {
            throw ValidationException.of("signerName", "validation.too-long");
        }
        groups.signLetter(g.id(), user.organisationId(), name, user.memberId());
        steps.record(g, "letter-signed", null, null, name, Map.of("signedBy", name));
        return membership(g.id(), user).orElseThrow();
    }

    /**
     * The group as it is now, held with a shared lock so that no step of the lifecycle moves it
     * meanwhile; the rule must allow the step in that state.
     */
    private BuyerGroup take(BuyerGroup group, GroupAction step) {
        BuyerGroup g = reads.get(group.id());
        GroupRules.require(step, rules.situation(g, groups.lockShared(g.id())));
        return g;
    }

    private Optional<GroupMember> membership(BuyerGroupId id, PortalUser user) {
        return groups.members(id).stream().filter(m -> m.organisationId().equals(user.organisationId())).findFirst();
    }

    private Baseline check(MemberShare share, PortalUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (share.quantity() == null) {
            errors.put("quantity", "validation.required");
        } else if (share.quantity().setScale(2, java.math.RoundingMode.HALF_UP).signum() <= 0
                || share.quantity().compareTo(MAX_AMOUNT) > 0) {
            // kept to two decimals: 0.004 would be stored as 0
            errors.put("quantity", "validation.buyer-group.quantity");
        }
        if (share.unit() == null) {
            errors.put("unit", "validation.required");
        }
        if (share.annualValue() != null && (share.annualValue().signum() < 0
                || share.annualValue().compareTo(MAX_AMOUNT) > 0)) {
            errors.put("annualValue", "validation.contract.annual-value");
        }
        if (!isCurrency(share.currency())) {
            errors.put("currency", "validation.contract.currency");
        }
        if (strip(share.contactName()).isEmpty()) {
            errors.put("contactName", "validation.required");
        } else if (strip(share.contactName()).length() > 200) {
            errors.put("contactName", "validation.too-long");
        }
        if (!EMAIL.matcher(strip(share.contactEmail())).matches()) {
            errors.put("contactEmail", "validation.email");
        }
        if (share.visibleToSuppliers() && !share.visibleToAgencies()) {
            errors.put("visibleToAgencies", "validation.buyer-group.suppliers-see-agencies-too");
        }
        Baseline baseline = null;
        if (share.footprint() == null || share.footprint().kind() == null) {
            errors.put("footprint", "validation.required");
        } else {
            baseline = baseline(share.footprint(), user).orElse(null);
            if (baseline == null) {
                errors.put("footprint", "validation.buyer-group.footprint-not-yours");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Objects.requireNonNull(baseline, "a share without a baseline is refused above");
    }

    /** The member's current footprint from its own mapped contract or its own need's declaration. */
    private Optional<Baseline> baseline(FootprintSource source, PortalUser user) {
        FootprintResult result = null;
        if (source.kind() == FootprintSource.Kind.CONTRACT) {
            try {
                MappedContract c = contracts.get(ContractId.of(source.id()));
                if (c.organisationId().equals(user.organisationId())) {
                    result = c.result();
                }
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        } else {
            Optional<Submission> need = submissions.find(SubmissionId.of(source.id()))
                    .filter(s -> s.kind() == SubmissionKind.NEED && s.organisationId().equals(user.organisationId()));
            if (need.isPresent()) {
                List<StoredResult> results = declarations.results(need.get().id());
                result = results.isEmpty() ? declarations.preview(need.get().id()).map(StoredResult::result).orElse(null)
                        : results.getFirst().result();
            }
        }
        return Optional.ofNullable(result).map(r -> new Baseline(r.total().co2eWtwKg(), r.total().co2eTtwKg(),
                r.total().vehicleKm()));
    }

    private static MemberShare clean(MemberShare s) {
        return new MemberShare(s.quantity(), s.unit(), s.annualValue(),
                s.currency() == null || s.currency().isBlank() ? "NOK" : s.currency().strip().toUpperCase(Locale.ROOT),
                s.footprint(), strip(s.contactName()), strip(s.contactEmail()), s.jointParts(), s.visibleToAgencies(),
                s.visibleToSuppliers());
    }

    private static boolean isCurrency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return true;
        }
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return code.strip().length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
