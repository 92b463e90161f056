package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Reader;
import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Relation;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository.Baseline;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.StoredResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyer groups: a joint-purchase proposal becomes a group that agencies join with their share.
 * Who may take each step is checked here, whatever a screen shows: agencies join, change their
 * share and leave while the group forms; the lead buyer (the proposal's agency) commits it,
 * starts the tender and records the award; the lead or the forum's moderators cancel it with a
 * reason. Every step is recorded with who and when, and goes to the audit trail.
 */
@Service
public class BuyerGroupService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern DOFFIN_ID = Pattern.compile("^\\d{4}-\\d{5,7}$");
    private static final Pattern TED_ID = Pattern.compile("^\\d{1,8}-\\d{4}$");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    private final BuyerGroupRepository groups;
    private final SubmissionService submissions;
    private final ForumService forums;
    private final ContractService contracts;
    private final DeclarationService declarations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    BuyerGroupService(BuyerGroupRepository groups, SubmissionService submissions, ForumService forums,
                      ContractService contracts, DeclarationService declarations, CurrentUser currentUser,
                      AuditTrail audit, ApplicationEventPublisher events) {
        this.groups = groups;
        this.submissions = submissions;
        this.forums = forums;
        this.contracts = contracts;
        this.declarations = declarations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The group, if the current user may see its proposal. */
    @Transactional(readOnly = true)
    public Optional<BuyerGroup> find(BuyerGroupId id) {
        return groups.find(id).filter(g -> submissions.find(g.proposalId()).isPresent());
    }

    @Transactional(readOnly = true)
    public BuyerGroup get(BuyerGroupId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Buyer group " + id));
    }

    /** A proposal's group, for the section on the proposal's page (status and a link: facts of the group itself). */
    @DisclosureChannel("buyergroup.proposal-section")
    @Transactional(readOnly = true)
    public Optional<BuyerGroup> forProposal(SubmissionId proposal) {
        return groups.findByProposal(proposal).filter(g -> submissions.find(g.proposalId()).isPresent());
    }

    /** Groups the current user may see, newest first; null status means any. The list page shows them. */
    @DisclosureChannel("buyergroup.list")
    @Transactional(readOnly = true)
    public List<BuyerGroup> list(BuyerGroupStatus status, PageRequest page) {
        return groups.list(status, currentUser.get().isEmpty(), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public int count(BuyerGroupStatus status) {
        return groups.count(status, currentUser.get().isEmpty());
    }

    /** Groups of public forums, whoever asks: what the open API publishes. */
    @Transactional(readOnly = true)
    public List<BuyerGroup> listPublic(BuyerGroupStatus status, PageRequest page) {
        return groups.list(status, true, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public int countPublic(BuyerGroupStatus status) {
        return groups.count(status, true);
    }

    @Transactional(readOnly = true)
    public Optional<BuyerGroup> findPublic(BuyerGroupId id) {
        return groups.find(id).filter(g -> submissions.findPublic(g.proposalId()).isPresent());
    }

    /** The lead buyer: members of the proposal's agency. */
    @Transactional(readOnly = true)
    public boolean isLead(BuyerGroup g) {
        return currentUser.get().filter(u -> u.has(Role.AGENCY) && u.organisationId().equals(g.leadOrganisationId()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isMember(BuyerGroup g) {
        return currentUser.get().filter(u -> u.has(Role.AGENCY)).map(u -> membership(g.id(), u.organisationId())
                .isPresent()).orElse(false);
    }

    /** The lead buyer and the forum's moderators may cancel an open group. */
    @Transactional(readOnly = true)
    public boolean canCancel(BuyerGroup g) {
        return g.status().isOpen() && (isLead(g) || moderates(g));
    }

    /** Members, the lead buyer and the forum's moderators see contacts, letters, who is interested and who did what. */
    @Transactional(readOnly = true)
    public boolean isInsider(BuyerGroup g) {
        return reader(g, groups.members(g.id())).relation().insider();
    }

    /**
     * Every member with its whole share record: for those who see every share (the lead buyer,
     * the forum's moderators, administrators; see {@link BuyerGroupDisclosure}).
     */
    @DisclosureChannel("buyergroup.members")
    @Transactional(readOnly = true)
    public List<GroupMember> members(BuyerGroupId id) {
        BuyerGroup g = get(id);
        List<GroupMember> all = groups.members(id);
        if (!reader(g, all).relation().seesEveryShare()) {
            throw new AccessDeniedException("Only the lead buyer and moderators see every share of group " + id);
        }
        return all;
    }

    /** The current user's own membership, if its agency is a member. */
    @DisclosureChannel("buyergroup.my-membership")
    @Transactional(readOnly = true)
    public Optional<GroupMember> myMembership(BuyerGroupId id) {
        get(id);
        return currentUser.get().filter(u -> u.has(Role.AGENCY)).flatMap(u -> membership(id, u.organisationId()));
    }

    /** The timeline as the current user may see it (see {@link BuyerGroupDisclosure#step}). */
    @DisclosureChannel("buyergroup.steps")
    @Transactional(readOnly = true)
    public List<GroupStep> steps(BuyerGroupId id) {
        BuyerGroup g = get(id);
        return BuyerGroupDisclosure.steps(reader(g, groups.members(id)), groups.steps(id));
    }

    /** The combined demand as the current user may see it (see {@link Demand}). */
    @DisclosureChannel("buyergroup.demand")
    @Transactional(readOnly = true)
    public Demand demand(BuyerGroupId id) {
        BuyerGroup g = get(id);
        List<GroupMember> all = groups.members(id);
        return BuyerGroupDisclosure.demand(reader(g, all), g, all, groups.interestCount(id));
    }

    /** Everything the group's page shows the current user, and the steps it may take. */
    @DisclosureChannel("buyergroup.page")
    @Transactional(readOnly = true)
    public BuyerGroupPage page(BuyerGroupId id) {
        BuyerGroup g = get(id);
        List<GroupMember> all = groups.members(id);
        return page(g, reader(g, all), all);
    }

    /**
     * A group of a public forum as anyone sees it, whoever asks and whatever session comes with
     * the request: what the open API publishes.
     */
    @DisclosureChannel("buyergroup.public-page")
    @Transactional(readOnly = true)
    public Optional<BuyerGroupPage> publicPage(BuyerGroupId id) {
        return findPublic(id).map(g -> page(g, Reader.PUBLIC, groups.members(id)));
    }

    private BuyerGroupPage page(BuyerGroup g, Reader reader, List<GroupMember> all) {
        List<SupplierInterest> interests = groups.interests(g.id());
        Optional<SupplierInterest> own = BuyerGroupDisclosure.ownInterest(reader, interests);
        return new BuyerGroupPage(g, reader.relation(), BuyerGroupDisclosure.demand(reader, g, all, interests.size()),
                BuyerGroupDisclosure.members(reader, g, all), BuyerGroupDisclosure.interests(reader, interests), own,
                BuyerGroupDisclosure.steps(reader, groups.steps(g.id())), actions(g, reader, all, own.isPresent()));
    }

    /** What the reader may do now; each step checks it again when taken. */
    private static Set<GroupAction> actions(BuyerGroup g, Reader reader, List<GroupMember> all, boolean interested) {
        Set<GroupAction> actions = EnumSet.noneOf(GroupAction.class);
        Relation relation = reader.relation();
        boolean forming = g.status() == BuyerGroupStatus.FORMING;
        Optional<GroupMember> mine = reader.organisation() == null ? Optional.empty()
                : all.stream().filter(m -> m.organisationId().equals(reader.organisation())).findFirst();
        boolean agency = relation == Relation.LEAD || relation == Relation.MEMBER || relation == Relation.OTHER_AGENCY;
        if (agency && forming && mine.isEmpty()) {
            actions.add(GroupAction.JOIN);
        }
        if (agency && forming && mine.isPresent()) {
            actions.add(GroupAction.CHANGE_SHARE);
            if (!mine.get().hasSignedLetter()) {
                actions.add(GroupAction.SIGN_LETTER);
            }
            if (relation != Relation.LEAD) {
                actions.add(GroupAction.LEAVE);
            }
        }
        if (relation == Relation.LEAD) {
            switch (g.status()) {
                case FORMING -> actions.add(GroupAction.COMMIT);
                case COMMITTED -> actions.add(GroupAction.START_TENDERING);
                case TENDERING -> actions.add(GroupAction.AWARD);
                default -> { }
            }
        }
        if (g.status().isOpen() && (relation == Relation.LEAD || relation == Relation.MODERATOR
                || relation == Relation.ADMIN)) {
            actions.add(GroupAction.CANCEL);
        }
        if (relation == Relation.SUPPLIER && (forming || g.status() == BuyerGroupStatus.COMMITTED)) {
            actions.addAll(interested ? List.of(GroupAction.CHANGE_INTEREST, GroupAction.WITHDRAW_INTEREST)
                    : List.of(GroupAction.REGISTER_INTEREST));
        }
        return actions;
    }

    /**
     * The group as an OCDS 1.1 planning release, for download from its page. A release is for
     * publication, so its demand is what anyone may see, whoever downloads it; interested suppliers
     * are listed only for readers who may see them.
     */
    @DisclosureChannel("buyergroup.ocds")
    @Transactional(readOnly = true)
    public Map<String, Object> ocdsRelease(BuyerGroupId id, String ocidPrefix, String portalUrl) {
        BuyerGroup g = get(id);
        List<GroupMember> all = groups.members(id);
        List<SupplierInterest> interested = BuyerGroupDisclosure.interests(reader(g, all), groups.interests(id));
        return ocds(g, all, interested == null ? List.of() : interested, submissions.get(g.proposalId()).cpvCodes(),
                ocidPrefix, portalUrl);
    }

    /** The release of a group of a public forum as anyone sees it: what the open API publishes. */
    @DisclosureChannel("buyergroup.public-ocds")
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> publicOcdsRelease(BuyerGroupId id, String ocidPrefix, String portalUrl) {
        return findPublic(id).flatMap(g -> submissions.findPublic(g.proposalId())
                .map(p -> ocds(g, groups.members(id), List.of(), p.cpvCodes(), ocidPrefix, portalUrl)));
    }

    private Map<String, Object> ocds(BuyerGroup g, List<GroupMember> all, List<SupplierInterest> interested,
                                     List<CpvCode> cpv, String ocidPrefix, String portalUrl) {
        return OcdsRelease.of(ocidPrefix, portalUrl, g,
                all.stream().map(m -> BuyerGroupDisclosure.view(Reader.PUBLIC, g, m)).toList(),
                BuyerGroupDisclosure.demand(Reader.PUBLIC, g, all, groups.interestCount(g.id())), interested, cpv,
                java.time.Instant.now());
    }

    /**
     * The members as CSV: the rows and cells of the page's member list for the current user, no
     * more. The caller records the download in the audit trail.
     */
    @DisclosureChannel("buyergroup.members-csv")
    @Transactional(readOnly = true)
    public byte[] membersCsv(BuyerGroupId id) {
        BuyerGroup g = get(id);
        List<GroupMember> all = groups.members(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BuyerGroupCsv.write(BuyerGroupDisclosure.members(reader(g, all), g, all), out);
        return out.toByteArray();
    }

    // ---- the lifecycle ----------------------------------------------------------------------

    /** The proposal's agency forms a group from its published joint-purchase proposal, and leads it. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup form(SubmissionId proposal, String centralPurchasingBody, LocalDate plannedTenderDate) {
        PortalUser user = currentUser.require();
        Submission p = submissions.get(proposal);
        if (!submissions.canEdit(p)) {
            throw new AccessDeniedException("Only the proposal's agency forms a buyer group from " + proposal);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (p.kind() != SubmissionKind.PROPOSAL || p.status() != SubmissionStatus.PUBLISHED) {
            errors.put("proposal", "validation.buyer-group.published-proposal");
        } else if (groups.findByProposal(proposal).isPresent()) {
            errors.put("proposal", "validation.buyer-group.exists");
        }
        String body = strip(centralPurchasingBody);
        if (body.length() > 200) {
            errors.put("centralPurchasingBody", "validation.too-long");
        }
        if (plannedTenderDate != null && plannedTenderDate.isBefore(LocalDate.now())) {
            errors.put("plannedTenderDate", "validation.buyer-group.date-in-past");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        BuyerGroupId id = groups.insert(proposal, user.organisationId(), body.isEmpty() ? null : body,
                plannedTenderDate, user.memberId());
        step(get(id), "formed", null, BuyerGroupStatus.FORMING, null, Map.of("proposal", proposal.value()));
        return get(id);
    }

    /** An agency joins a forming group with its share. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public GroupMember join(BuyerGroupId id, MemberShare share) {
        PortalUser user = currentUser.require();
        BuyerGroup g = get(id);
        requireForming(groups.lockShared(id));
        Baseline baseline = check(share, user);
        if (!groups.insertMember(id, user.organisationId(), clean(share), baseline, user.memberId())) {
            throw ValidationException.of("organisation", "validation.buyer-group.already-member");
        }
        step(g, "joined", null, null, share.quantity().toPlainString() + " " + share.unit(),
                Map.of("quantity", share.quantity(), "unit", share.unit().name(), "co2eKg", baseline.co2eKg()));
        return membership(id, user.organisationId()).orElseThrow();
    }

    /** A member changes its share while the group forms; {@code version} is the share as read. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public GroupMember changeShare(BuyerGroupId id, int version, MemberShare share) {
        PortalUser user = currentUser.require();
        BuyerGroup g = get(id);
        requireForming(groups.lockShared(id));
        GroupMember before = membership(id, user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("Not a member of group " + id));
        Baseline baseline = check(share, user);
        if (!groups.updateMember(id, user.organisationId(), version, clean(share), baseline)) {
            throw new ConcurrentEditException();
        }
        step(g, "share-changed", null, null, before.quantity().toPlainString() + " " + before.unit() + " → "
                        + share.quantity().toPlainString() + " " + share.unit(),
                Map.of("before", before.quantity() + " " + before.unit(), "after", share.quantity() + " " + share.unit(),
                        "shareVisibleBefore", before.shareVisible(), "shareVisibleAfter", share.shareVisible()));
        return membership(id, user.organisationId()).orElseThrow();
    }

    /** A member leaves while the group forms; the lead buyer cannot (it cancels instead). */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public void leave(BuyerGroupId id) {
        PortalUser user = currentUser.require();
        BuyerGroup g = get(id);
        requireForming(groups.lockShared(id));
        if (user.organisationId().equals(g.leadOrganisationId())) {
            throw ValidationException.of("organisation", "validation.buyer-group.lead-cannot-leave");
        }
        if (!groups.deleteMember(id, user.organisationId())) {
            throw new AccessDeniedException("Not a member of group " + id);
        }
        step(g, "left", null, null, null, Map.of());
    }

    /** A member confirms its part with a letter of intent, signed with the name of the person. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public GroupMember signLetterOfIntent(BuyerGroupId id, String signerName) {
        PortalUser user = currentUser.require();
        BuyerGroup g = get(id);
        requireForming(groups.lockShared(id));
        membership(id, user.organisationId()).orElseThrow(() -> new AccessDeniedException("Not a member of group " + id));
        String name = strip(signerName);
        if (name.isEmpty()) {
            throw ValidationException.of("signerName", "validation.required");
        }
        if (name.length() > 200) {
            throw ValidationException.of("signerName", "validation.too-long");
        }
        groups.signLetter(id, user.organisationId(), name, user.memberId());
        step(g, "letter-signed", null, null, name, Map.of("signedBy", name));
        return membership(id, user.organisationId()).orElseThrow();
    }

    /**
     * The lead buyer closes membership. It needs the lead's own letter of intent and at least one
     * other member's; members without a letter stay listed but are not counted from now on.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup commit(BuyerGroupId id, int version) {
        BuyerGroup g = lead(id);
        BuyerGroupStatus status = groups.lockForStep(id);
        requireStatus(status, BuyerGroupStatus.FORMING);
        List<GroupMember> members = groups.members(id);
        boolean leadSigned = members.stream().anyMatch(m -> m.organisationId().equals(g.leadOrganisationId())
                && m.hasSignedLetter());
        if (!leadSigned) {
            throw ValidationException.of("letters", "validation.buyer-group.lead-letter-required");
        }
        if (members.stream().filter(GroupMember::hasSignedLetter).count() < 2) {
            throw ValidationException.of("letters", "validation.buyer-group.two-letters-required");
        }
        move(g, version, BuyerGroupStatus.FORMING, BuyerGroupStatus.COMMITTED, null, null);
        step(g, "committed", BuyerGroupStatus.FORMING, BuyerGroupStatus.COMMITTED, null,
                Map.of("committedMembers", members.stream().filter(GroupMember::hasSignedLetter).count()));
        return get(id);
    }

    /** The lead buyer publishes the tender: the notice's Doffin or TED id and address are kept. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup startTendering(BuyerGroupId id, int version, NoticeReference notice) {
        BuyerGroup g = lead(id);
        requireStatus(groups.lockForStep(id), BuyerGroupStatus.COMMITTED);
        NoticeReference checked = check(notice);
        move(g, version, BuyerGroupStatus.COMMITTED, BuyerGroupStatus.TENDERING, checked, null);
        step(g, "tendering", BuyerGroupStatus.COMMITTED, BuyerGroupStatus.TENDERING,
                checked.system() + " " + checked.id(), Map.of("system", checked.system().name(), "noticeId", checked.id(),
                        "url", checked.url()));
        events.publishEvent(new BuyerGroupTendering(id, g.proposalId(), checked));
        return get(id);
    }

    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup award(BuyerGroupId id, int version) {
        BuyerGroup g = lead(id);
        requireStatus(groups.lockForStep(id), BuyerGroupStatus.TENDERING);
        move(g, version, BuyerGroupStatus.TENDERING, BuyerGroupStatus.AWARDED, null, null);
        step(g, "awarded", BuyerGroupStatus.TENDERING, BuyerGroupStatus.AWARDED, null, Map.of());
        return get(id);
    }

    /** The lead buyer or the forum's moderators cancel an open group, with a reason members see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public BuyerGroup cancel(BuyerGroupId id, int version, String reason) {
        BuyerGroup g = get(id);
        if (!isLead(g) && !moderates(g)) {
            throw new AccessDeniedException("Only the lead buyer or a moderator cancels group " + id);
        }
        BuyerGroupStatus status = groups.lockForStep(id);
        if (!status.isOpen()) {
            throw ValidationException.of("status", "validation.buyer-group.wrong-state");
        }
        String why = strip(reason);
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (why.length() > 1000) {
            throw ValidationException.of("reason", "validation.too-long");
        }
        move(g, version, status, BuyerGroupStatus.CANCELLED, null, why);
        step(g, "cancelled", status, BuyerGroupStatus.CANCELLED, why, Map.of("reason", why));
        return get(id);
    }

    // ---- supplier interest --------------------------------------------------------------------

    /**
     * A supplier registers interest with a capability statement and, where it has them, its
     * published solutions. Registering again replaces the statement.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public SupplierInterest registerInterest(BuyerGroupId id, String statement, List<SubmissionId> solutions) {
        PortalUser user = currentUser.require();
        BuyerGroup g = get(id);
        BuyerGroupStatus status = groups.lockShared(id);
        if (status != BuyerGroupStatus.FORMING && status != BuyerGroupStatus.COMMITTED) {
            throw ValidationException.of("status", "validation.buyer-group.interest-closed");
        }
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
        groups.upsertInterest(id, user.organisationId(), text, linked, user.memberId());
        step(g, "interest-registered", null, null, user.organisationName(), Map.of("solutions", linked.size()));
        return myInterest(id).orElseThrow();
    }

    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public void withdrawInterest(BuyerGroupId id) {
        PortalUser user = currentUser.require();
        BuyerGroup g = get(id);
        if (groups.deleteInterest(id, user.organisationId())) {
            step(g, "interest-withdrawn", null, null, user.organisationName(), Map.of());
        }
    }

    /** The current user's organisation's own interest, if it is a supplier that registered one. */
    @DisclosureChannel("buyergroup.my-interest")
    @Transactional(readOnly = true)
    public Optional<SupplierInterest> myInterest(BuyerGroupId id) {
        BuyerGroup g = get(id);
        return BuyerGroupDisclosure.ownInterest(reader(g, groups.members(id)), groups.interests(id));
    }

    /** Who registered interest: insiders see it (see {@link BuyerGroupDisclosure}); others only how many. */
    @DisclosureChannel("buyergroup.interests")
    @Transactional(readOnly = true)
    public List<SupplierInterest> interests(BuyerGroupId id) {
        BuyerGroup g = get(id);
        List<SupplierInterest> interests = BuyerGroupDisclosure.interests(reader(g, groups.members(id)),
                groups.interests(id));
        if (interests == null) {
            throw new AccessDeniedException("Only members, the lead buyer and moderators see who registered interest in group " + id);
        }
        return interests;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Reader reader(BuyerGroup g, List<GroupMember> all) {
        PortalUser user = currentUser.get().orElse(null);
        return BuyerGroupDisclosure.reader(user, g, user != null && moderates(g),
                organisation -> all.stream().anyMatch(m -> m.organisationId().equals(organisation)));
    }

    private Optional<GroupMember> membership(BuyerGroupId id, OrganisationId organisation) {
        return groups.members(id).stream().filter(m -> m.organisationId().equals(organisation)).findFirst();
    }

    private boolean moderates(BuyerGroup g) {
        return currentUser.get().isPresent() && forums.find(g.forumId()).map(forums::canManage).orElse(false);
    }

    private BuyerGroup lead(BuyerGroupId id) {
        BuyerGroup g = get(id);
        if (!isLead(g)) {
            throw new AccessDeniedException("Only the lead buyer moves group " + id);
        }
        return g;
    }

    private static void requireForming(BuyerGroupStatus status) {
        requireStatus(status, BuyerGroupStatus.FORMING);
    }

    private static void requireStatus(BuyerGroupStatus actual, BuyerGroupStatus expected) {
        if (actual != expected) {
            throw ValidationException.of("status", "validation.buyer-group.wrong-state");
        }
    }

    private void move(BuyerGroup g, int version, BuyerGroupStatus from, BuyerGroupStatus to, NoticeReference notice,
                      String reason) {
        if (!groups.setStatus(g.id(), version, to, notice, reason)) {
            throw new ConcurrentEditException();
        }
    }

    /** Records the step, audits it and tells the members. */
    private void step(BuyerGroup g, String step, BuyerGroupStatus from, BuyerGroupStatus to, String detail,
                      Map<String, ?> auditDetails) {
        PortalUser user = currentUser.require();
        groups.addStep(g.id(), step, from, to, detail, user.memberId());
        Map<String, Object> details = new LinkedHashMap<>(auditDetails);
        details.put("organisation", user.organisationId().value());
        if (from != null) {
            details.put("from", from.name());
            details.put("to", to.name());
        }
        audit.record("buyer-group." + step, "buyer-group", g.id(), details);
        events.publishEvent(stepTaken(g, step));
    }

    /** What a step's notification carries, and to whom: the step's name and the group's title, never a figure. */
    @DisclosureChannel("buyergroup.step-notification")
    private BuyerGroupStepTaken stepTaken(BuyerGroup g, String step) {
        return new BuyerGroupStepTaken(g.id(), g.title(), step, BuyerGroupDisclosure.notified(g, groups.members(g.id())));
    }

    private Baseline check(MemberShare share, PortalUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (share.quantity() == null) {
            errors.put("quantity", "validation.required");
        } else if (share.quantity().signum() <= 0 || share.quantity().compareTo(MAX_AMOUNT) > 0) {
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
        return baseline;
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

    private static NoticeReference check(NoticeReference notice) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (notice == null || notice.system() == null) {
            throw ValidationException.of("noticeSystem", "validation.required");
        }
        String id = strip(notice.id());
        String url = strip(notice.url());
        Pattern format = notice.system() == NoticeReference.System.DOFFIN ? DOFFIN_ID : TED_ID;
        if (!format.matcher(id).matches()) {
            errors.put("noticeId", notice.system() == NoticeReference.System.DOFFIN
                    ? "validation.buyer-group.doffin-id" : "validation.buyer-group.ted-id");
        }
        if (!isNoticeUrl(url, notice.system())) {
            errors.put("noticeUrl", "validation.buyer-group.notice-url");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NoticeReference(notice.system(), id, url);
    }

    private static boolean isNoticeUrl(String url, NoticeReference.System system) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String expected = system == NoticeReference.System.DOFFIN ? "doffin.no" : "ted.europa.eu";
            return "https".equals(uri.getScheme()) && (host.equals(expected) || host.endsWith("." + expected));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MemberShare clean(MemberShare s) {
        return new MemberShare(s.quantity(), s.unit(), s.annualValue(),
                s.currency() == null || s.currency().isBlank() ? "NOK" : s.currency().strip().toUpperCase(Locale.ROOT),
                s.footprint(), strip(s.contactName()), strip(s.contactEmail()), s.jointParts(), s.shareVisible());
    }

    private static boolean isCurrency(String code) {
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

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
