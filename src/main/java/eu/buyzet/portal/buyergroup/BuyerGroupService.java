package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Reader;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.ProposalFootprint;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.SqlText;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading buyer groups: the list, one group, its timeline, and its page with everything the page
 * shows the current user and the steps that user may take ({@link BuyerGroupPage}). A group exists
 * for a reader only if the reader may see its proposal. The steps themselves are taken through
 * {@link BuyerGroupLifecycle}, {@link BuyerGroupShares} and {@link BuyerGroupInterest}.
 */
@Service
public class BuyerGroupService {

    private final BuyerGroupRepository groups;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final GroupRules rules;
    private final DeclarationService declarations;

    BuyerGroupService(BuyerGroupRepository groups, SubmissionService submissions, CurrentUser currentUser,
                      GroupRules rules, DeclarationService declarations) {
        this.declarations = declarations;
        this.groups = groups;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    /** Whether the current user forms groups, from their own joint-purchase proposals: agencies do. */
    public boolean formsGroups() {
        return currentUser.get().map(u -> u.has(Role.AGENCY)).orElse(false);
    }

    /** The group, if the current user may see its proposal; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public BuyerGroup get(BuyerGroupId id) {
        return groups.find(id).filter(g -> submissions.find(g.proposalId()).isPresent())
                .orElseThrow(() -> new NotFoundException("Buyer group " + id));
    }

    /**
     * A proposal's group, for the section on the proposal's page (status and a link: facts of the
     * group itself). The caller holds the proposal, so the reader may see it.
     */
    @DisclosureChannel("buyergroup.proposal-section")
    @Transactional(readOnly = true)
    public Optional<BuyerGroup> forProposal(Submission proposal) {
        return groups.findByProposal(proposal.id());
    }

    /**
     * The lead and the member agencies of a group the reader may see: who buys together is public,
     * shares may not be (so no figure comes with them). The strategy feature consults and notifies them.
     */
    @Transactional(readOnly = true)
    public List<eu.buyzet.portal.shared.OrganisationId> memberOrganisations(BuyerGroupId id) {
        BuyerGroup g = get(id);
        java.util.Set<eu.buyzet.portal.shared.OrganisationId> all = new java.util.LinkedHashSet<>();
        all.add(g.leadOrganisationId());
        groups.members(id).forEach(m -> all.add(m.organisationId()));
        return List.copyOf(all);
    }

    /** Groups the current user may see, newest first; null status means any. The list page shows them. */
    @DisclosureChannel("buyergroup.list")
    @Transactional(readOnly = true)
    public List<BuyerGroup> list(@Nullable BuyerGroupStatus status, PageRequest page) {
        return groups.list(status, currentUser.get().isEmpty(), page.offset(), page.limit());
    }

    /**
     * Groups the reader may see (as {@link #list}) whose title or lead agency's name holds every word
     * of {@code text}, newest first: what the search page shows of buyer groups.
     */
    @DisclosureChannel("buyergroup.search")
    @Transactional(readOnly = true)
    public List<BuyerGroup> find(String text, int limit) {
        String[] words = SqlText.wordPatterns(text);
        return words.length == 0 ? List.of() : groups.findByWords(words, currentUser.get().isEmpty(), limit);
    }

    @Transactional(readOnly = true)
    public int count(@Nullable BuyerGroupStatus status) {
        return groups.count(status, currentUser.get().isEmpty());
    }

    /** The steps that move a group on; joining or changing a share is offered on every group, so it waits for nobody. */
    private static final List<GroupAction> AWAITED = List.of(GroupAction.SIGN_LETTER, GroupAction.COMMIT,
            GroupAction.START_TENDERING, GroupAction.AWARD);

    /**
     * Groups that wait for the current reader, for the start page: a letter of intent to sign, a
     * group to commit, a tender to start or award. Each step is offered by the same rule that
     * checks it when taken ({@link GroupRules}), as on the group's page.
     */
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    @DisclosureChannel("buyergroup.list")
    @Transactional(readOnly = true)
    public List<GroupTask> awaitingMe(int limit) {
        List<GroupTask> tasks = new java.util.ArrayList<>();
        for (BuyerGroupStatus status : List.of(BuyerGroupStatus.FORMING, BuyerGroupStatus.COMMITTED,
                BuyerGroupStatus.TENDERING)) {
            for (BuyerGroup g : groups.list(status, currentUser.get().isEmpty(), 0, 100)) {
                if (tasks.size() >= limit || submissions.find(g.proposalId()).isEmpty()) {
                    continue;
                }
                Set<GroupAction> allowed = GroupRules.allowed(rules.situation(g, g.status(), groups.members(g.id()),
                        groups.interests(g.id())));
                AWAITED.stream().filter(allowed::contains).findFirst().ifPresent(step -> tasks.add(new GroupTask(g, step)));
            }
        }
        return tasks;
    }

    /** Groups of public forums, whoever asks: what the open API publishes. */
    @Transactional(readOnly = true)
    public List<BuyerGroup> listPublic(@Nullable BuyerGroupStatus status, PageRequest page) {
        return groups.list(status, true, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public int countPublic(@Nullable BuyerGroupStatus status) {
        return groups.count(status, true);
    }

    /** The timeline as the current user may see it (see {@link BuyerGroupDisclosure#step}). */
    @DisclosureChannel("buyergroup.steps")
    @Transactional(readOnly = true)
    public List<GroupStep> steps(BuyerGroupId id) {
        BuyerGroup g = get(id);
        return BuyerGroupDisclosure.steps(rules.reader(g, groups.members(id)), groups.steps(id));
    }

    /** Everything the group's page shows the current user, and the steps it may take. */
    @DisclosureChannel("buyergroup.page")
    @Transactional(readOnly = true)
    public BuyerGroupPage page(BuyerGroupId id) {
        BuyerGroup g = get(id);
        List<GroupMember> all = groups.members(id);
        List<SupplierInterest> interests = groups.interests(id);
        GroupRules.Situation situation = rules.situation(g, g.status(), all, interests);
        return page(g, rules.reader(g, all), all, interests, GroupRules.allowed(situation), GroupRules.nextSteps(situation),
                declarations.proposalFootprint(g.proposalId()));
    }

    /**
     * A group of a public forum as anyone sees it, whoever asks and whatever session comes with
     * the request: what the open API publishes. Anyone may take no step.
     */
    @DisclosureChannel("buyergroup.public-page")
    @Transactional(readOnly = true)
    public Optional<BuyerGroupPage> publicPage(BuyerGroupId id) {
        return findPublic(id).map(g -> page(g, Reader.PUBLIC, groups.members(id), groups.interests(id), Set.of(), Map.of(),
                Optional.empty()));
    }

    /** The group if it is in a public forum and its proposal is published: what anyone may see. */
    Optional<BuyerGroup> findPublic(BuyerGroupId id) {
        return groups.find(id).filter(g -> submissions.findPublic(g.proposalId()).isPresent());
    }

    private BuyerGroupPage page(BuyerGroup g, Reader reader, List<GroupMember> all, List<SupplierInterest> interests,
                                Set<GroupAction> actions, Map<GroupAction, String> nextSteps,
                                Optional<ProposalFootprint> proposalFootprint) {
        return new BuyerGroupPage(g, reader.relation(), BuyerGroupDisclosure.demand(reader, g, all, interests.size()),
                BuyerGroupDisclosure.members(reader, g, all), BuyerGroupDisclosure.interests(reader, interests),
                BuyerGroupDisclosure.ownInterest(reader, interests), BuyerGroupDisclosure.steps(reader, groups.steps(g.id())),
                actions, nextSteps, proposalFootprint);
    }
}
