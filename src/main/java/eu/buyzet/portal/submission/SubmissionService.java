package eu.buyzet.portal.submission;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.internal.SubmissionRepository;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs, solutions and joint-purchase proposals. Agencies post needs and proposals, suppliers
 * solutions; only the author's organisation edits, publishes or withdraws; the forum's moderators
 * hide and restore with a reason; nothing changes in an archived forum. What a reader may not see
 * (drafts of others, hidden content, members-only forums for outsiders) does not exist for them.
 */
@Service
public class SubmissionService {

    /** A proposal gathers at most this many needs: more would not be one joint purchase. */
    public static final int MAX_LINKED_NEEDS = 200;

    private final SubmissionRepository submissions;
    private final ForumService forums;
    private final CurrentUser currentUser;
    private final List<PublicationCheck> publicationChecks;
    private final ApplicationEventPublisher events;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final SubmissionDisclosure disclosure;

    SubmissionService(SubmissionRepository submissions, ForumService forums, CurrentUser currentUser,
                      List<PublicationCheck> publicationChecks, ApplicationEventPublisher events,
                      OrganisationService organisations, AuditTrail audit, SubmissionDisclosure disclosure) {
        this.disclosure = disclosure;
        this.organisations = organisations;
        this.audit = audit;
        this.submissions = submissions;
        this.forums = forums;
        this.currentUser = currentUser;
        this.publicationChecks = publicationChecks;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Submission> findPublic(SubmissionId id) {
        return submissions.findById(id).filter(disclosure::listed).filter(s -> disclosure.seesSubmission(
                SubmissionDisclosure.publicReader(forums.isPublic(s.forumId())), s));
    }

    /**
     * The submission for its followers (of its forum, CPV categories, a search, or itself): present
     * only while every member may read it, whoever is signed in; a digest asks again when it is sent.
     */
    @DisclosureChannel("submission.follower-post")
    @Transactional(readOnly = true)
    public Optional<Submission> forFollowers(SubmissionId id) {
        return submissions.findById(id).filter(this::forEveryMember);
    }

    private boolean forEveryMember(Submission s) {
        return disclosure.listed(s) && disclosure.seesSubmission(SubmissionDisclosure.ANY_MEMBER, s);
    }

    /**
     * Of these submissions, those followers may still read: the bell and the digest ask again when
     * they show a notice, so a post hidden or withdrawn since tells no one its title.
     */
    @DisclosureChannel("submission.follower-post")
    @Transactional(readOnly = true)
    public Set<SubmissionId> stillForFollowers(Collection<SubmissionId> ids) {
        return submissions.findByIds(ids).stream().filter(this::forEveryMember).map(Submission::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The submission's page, if the current user may see it, with what they may do to it. */
    @DisclosureChannel("submission.page")
    @Transactional(readOnly = true)
    public SubmissionPage page(SubmissionId id) {
        Submission s = get(id);
        Forum forum = forums.get(s.forumId());
        // comments and interest marks belong to published posts
        return new SubmissionPage(s, forum, actions(s, forum), s.status() == SubmissionStatus.PUBLISHED);
    }

    /** The editor for one of the current organisation's submissions; others' do not exist for it. */
    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional(readOnly = true)
    public SubmissionEditing editor(SubmissionId id) {
        Submission s = get(id);
        if (!canEdit(s)) {
            throw new NotFoundException("Submission " + id);
        }
        return new SubmissionEditing(forums.get(s.forumId()), s.kind(), s, s.status() == SubmissionStatus.DRAFT
                ? publicationChecks.stream().flatMap(c -> c.missing(s).stream()).findFirst() : Optional.empty());
    }

    /** The editor for a new submission of this kind in this forum. */
    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional(readOnly = true)
    public SubmissionEditing newEditor(ForumId forumId, SubmissionKind kind) {
        return new SubmissionEditing(forums.get(forumId), kind, null,
                publicationChecks.stream().flatMap(c -> c.missingBeforeSaving(kind).stream()).findFirst());
    }

    /** The submission, if the current user may see it. */
    @Transactional(readOnly = true)
    public Submission get(SubmissionId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Submission " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Submission> find(SubmissionId id) {
        return submissions.findById(id).filter(this::visible);
    }

    /** The signed-in member's organisation's own submissions in one state, or (null) all, drafts included. */
    @DisclosureChannel("submission.mine")
    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional(readOnly = true)
    public List<Submission> mine(@Nullable SubmissionStatus status, PageRequest page) {
        return submissions.findByOrganisation(currentUser.require().organisationId(), status, page);
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional(readOnly = true)
    public int countMine(@Nullable SubmissionStatus status) {
        return submissions.countByOrganisation(currentUser.require().organisationId(), status);
    }

    /** The published needs a joint-purchase proposal gathers, as far as the current user can see them. */
    @DisclosureChannel("submission.linked-needs")
    @Transactional(readOnly = true)
    public List<Submission> linkedNeeds(SubmissionId proposal) {
        Submission p = get(proposal);
        if (p.kind() != SubmissionKind.PROPOSAL) {
            return List.of();
        }
        return submissions.linkedNeeds(proposal).stream().map(this::find).flatMap(Optional::stream)
                .filter(disclosure::listed).toList();
    }

    /** The published needs of the proposal's forum, any agency's, that it may gather. */
    @DisclosureChannel("submission.linkable-needs")
    @Transactional(readOnly = true)
    public List<Submission> linkableNeeds(SubmissionId proposal) {
        Submission p = get(proposal);
        return submissions.findPublished(p.forumId(), SubmissionKind.NEED, new PageRequest(0, MAX_LINKED_NEEDS)).stream()
                .filter(disclosure::listed).toList();
    }

    /**
     * Sets the needs a joint-purchase proposal gathers: published needs of the same forum, from
     * any agency. Only the proposal's organisation does this.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public List<Submission> linkNeeds(SubmissionId proposal, List<SubmissionId> needs) {
        Submission p = editable(proposal);
        if (p.kind() != SubmissionKind.PROPOSAL || p.status() == SubmissionStatus.WITHDRAWN) {
            throw ValidationException.of("linkedNeeds", "validation.submission.links-only-proposals");
        }
        List<SubmissionId> distinct = needs.stream().distinct().toList();
        if (distinct.size() > MAX_LINKED_NEEDS) {
            throw ValidationException.of("linkedNeeds", "validation.too-many");
        }
        for (SubmissionId id : distinct) {
            Optional<Submission> need = find(id);
            if (need.isEmpty() || need.get().kind() != SubmissionKind.NEED
                    || need.get().status() != SubmissionStatus.PUBLISHED || need.get().hidden()
                    || !need.get().forumId().equals(p.forumId())) {
                throw ValidationException.of("linkedNeeds", "validation.submission.link-published-need");
            }
        }
        submissions.replaceLinkedNeeds(proposal, distinct, currentUser.require().memberId());
        return linkedNeeds(proposal);
    }

    /** Whether the current user belongs to its author's organisation, who alone change it. */
    @Transactional(readOnly = true)
    public boolean canEdit(Submission s) {
        return currentUser.get().filter(u -> u.organisationId().equals(s.organisationId())).isPresent();
    }

    /** Whether the current user may hide and restore it: the forum's moderators. */
    @Transactional(readOnly = true)
    public boolean canModerate(Submission s) {
        return forums.find(s.forumId()).map(forums::canManage).orElse(false);
    }

    /**
     * What the current user may do to it, from the same predicates {@link #editable},
     * {@link #moveTo} and {@link #moderatable} enforce.
     */
    private Set<SubmissionAction> actions(Submission s, Forum forum) {
        Set<SubmissionAction> actions = EnumSet.noneOf(SubmissionAction.class);
        if (canEdit(s) && !forum.isArchived()) {
            if (s.status() != SubmissionStatus.WITHDRAWN) {
                actions.add(SubmissionAction.EDIT);
            }
            if (s.status() == SubmissionStatus.DRAFT) {
                actions.add(SubmissionAction.PUBLISH);
            }
            if (s.status() == SubmissionStatus.PUBLISHED) {
                actions.add(SubmissionAction.WITHDRAW);
            }
        }
        if (s.kind() == SubmissionKind.NEED && disclosure.listed(s) && postable(forum).contains(SubmissionKind.SOLUTION)) {
            actions.add(SubmissionAction.OFFER_SOLUTION); // the suppliers who may post here answer a published need
        }
        if (currentUser.get().isPresent() && forEveryMember(s)) {
            actions.add(SubmissionAction.FOLLOW);
        }
        if (forums.canManage(forum)) {
            actions.add(SubmissionAction.MODERATE);
            if (s.status() == SubmissionStatus.AWAITING_REVIEW) {
                actions.add(SubmissionAction.REVIEW);
            } else {
                actions.add(s.hidden() ? SubmissionAction.RESTORE : SubmissionAction.HIDE);
            }
        }
        return actions;
    }

    /** The kinds the current user may post in this forum now: by their role ({@link SubmissionKind#poster}), while it is open. */
    @Transactional(readOnly = true)
    public Set<SubmissionKind> postable(Forum forum) {
        Set<SubmissionKind> kinds = EnumSet.noneOf(SubmissionKind.class);
        currentUser.get().filter(u -> !forum.isArchived()).ifPresent(u -> kinds.addAll(
                Arrays.stream(SubmissionKind.values()).filter(k -> u.has(k.poster())).toList()));
        return kinds;
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public Submission create(SubmissionDraft draft) {
        PortalUser user = currentUser.require();
        if (draft.kind() != null && !user.has(draft.kind().poster())) {
            throw new AccessDeniedException(user.email() + " may not post a " + draft.kind());
        }
        Forum forum = draft.forumId() == null ? null : forums.find(draft.forumId()).orElse(null);
        List<CpvCode> cpv = SubmissionDrafts.validate(draft, forum);
        return get(submissions.insert(SubmissionDrafts.clean(draft), cpv, user.memberId(), user.organisationId()));
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public Submission update(SubmissionId id, int version, SubmissionDraft draft) {
        Submission existing = editable(id);
        if (existing.status() == SubmissionStatus.WITHDRAWN) {
            throw ValidationException.of("status", "validation.submission.withdrawn");
        }
        SubmissionDraft sameForum = new SubmissionDraft(existing.forumId(), existing.kind(), draft.title(), draft.summary(),
                draft.bodyMarkdown(), draft.cpvCodes());
        List<CpvCode> cpv = SubmissionDrafts.validate(sameForum, forums.get(existing.forumId()));
        if (!submissions.update(id, version, SubmissionDrafts.clean(sameForum), cpv)) {
            throw new ConcurrentEditException();
        }
        return get(id);
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public Submission publish(SubmissionId id, int version) {
        Submission s = editable(id);
        // an organisation nobody has verified yet could be anyone: a moderator sees its posts first
        SubmissionStatus to = organisations.status(s.organisationId()) == OrganisationStatus.PENDING
                ? SubmissionStatus.AWAITING_REVIEW : SubmissionStatus.PUBLISHED;
        return moveTo(id, version, SubmissionStatus.DRAFT, to);
    }

    /** Posts waiting for review in the forums the current moderator runs (every forum for an admin), oldest first. */
    @DisclosureChannel("submission.awaiting-review")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Submission> awaitingReview(PageRequest page) {
        PortalUser user = currentUser.require();
        return submissions.awaitingReview(user.has(Role.ADMIN) ? null : user.memberId(), page);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public int countAwaitingReview() {
        PortalUser user = currentUser.require();
        return submissions.countAwaitingReview(user.has(Role.ADMIN) ? null : user.memberId());
    }

    /**
     * A moderator's decision on a post awaiting review: publish it, or send it back to its author
     * as a draft with the reason. Either way the author's organisation is told.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Submission review(SubmissionId id, int version, boolean approve, @Nullable String reason) {
        Submission s = moderatable(id);
        if (s.status() != SubmissionStatus.AWAITING_REVIEW) {
            throw ValidationException.of("status", "validation.submission.not-awaiting_review");
        }
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (approve) {
            // what publishing would refuse (a footprint today's checks reject) is sent back, not approved
            requirePublishable(s);
        }
        if (!submissions.setStatus(id, version, approve ? SubmissionStatus.PUBLISHED : SubmissionStatus.DRAFT)) {
            throw new ConcurrentEditException();
        }
        audit.record(approve ? "pre-moderation.approved" : "pre-moderation.returned", "submission", id,
                why.isEmpty() ? Map.of() : Map.of("reason", why));
        if (approve) {
            events.publishEvent(new SubmissionPublished(id, s.kind()));
        }
        events.publishEvent(new SubmissionReviewed(id, s.title(), s.organisationId(), approve, why));
        return get(id);
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public Submission withdraw(SubmissionId id, int version) {
        return moveTo(id, version, SubmissionStatus.PUBLISHED, SubmissionStatus.WITHDRAWN);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Submission hide(SubmissionId id, int version, String reason) {
        Submission s = moderatable(id);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (!submissions.setHidden(id, version, true, reason.strip(), currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        return get(s.id());
    }

    /** Flagged by enough organisations: hidden by the system until a moderator reviews it. */
    @EventListener
    void hideFlagged(HideFlaggedContent event) {
        submissions.findById(event.submission()).filter(s -> event.comment() == null && !s.hidden())
                .ifPresent(s -> submissions.setHidden(s.id(), s.version(), true, event.reason(), null));
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Submission restore(SubmissionId id, int version) {
        moderatable(id);
        if (!submissions.setHidden(id, version, false, null, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        return get(id);
    }

    private Submission moveTo(SubmissionId id, int version, SubmissionStatus from, SubmissionStatus to) {
        Submission s = editable(id);
        if (s.status() != from) {
            throw ValidationException.of("status", "validation.submission.not-" + from.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (to == SubmissionStatus.PUBLISHED || to == SubmissionStatus.AWAITING_REVIEW) {
            requirePublishable(s);
        }
        if (!submissions.setStatus(id, version, to)) {
            throw new ConcurrentEditException();
        }
        if (to == SubmissionStatus.PUBLISHED) {
            events.publishEvent(new SubmissionPublished(id, s.kind()));
        }
        return get(id);
    }

    private void requirePublishable(Submission s) {
        for (PublicationCheck check : publicationChecks) {
            check.missing(s).ifPresent(missing -> {
                throw ValidationException.of(missing.field(), missing.messageKey());
            });
        }
    }

    /** The author's organisation may change it, as long as its forum is open. */
    private Submission editable(SubmissionId id) {
        Submission s = get(id);
        if (!canEdit(s)) {
            throw new AccessDeniedException("Only the author's organisation may change submission " + id);
        }
        if (forums.get(s.forumId()).isArchived()) {
            throw ValidationException.of("forumId", "validation.forum.archived-read-only");
        }
        return s;
    }

    private Submission moderatable(SubmissionId id) {
        Submission s = get(id);
        if (!canModerate(s)) {
            throw new AccessDeniedException("Not a moderator of the forum of submission " + id);
        }
        return s;
    }

    private boolean visible(Submission s) {
        return disclosure.seesSubmission(disclosure.reader(s), s);
    }
}
