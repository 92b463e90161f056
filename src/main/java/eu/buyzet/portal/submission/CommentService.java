package eu.buyzet.portal.submission;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.SubmissionDisclosure.Reader;
import eu.buyzet.portal.submission.internal.CommentRepository;
import eu.buyzet.portal.submission.internal.CommentRepository.Scope;
import eu.buyzet.portal.forum.Forum;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation on a published submission: members comment and reply one level deep, authors
 * edit their own words (marked as edited), the forum's moderators hide a comment with a reason that
 * its author sees. Members of an organisation nobody has verified yet write comments that wait for
 * a moderator, who publishes or rejects them. What each reader sees of a comment,
 * {@link SubmissionDisclosure} decides.
 */
@Service
public class CommentService {

    static final int MAX_BODY = 5000;

    private final CommentRepository comments;
    private final SubmissionService submissions;
    private final ForumService forums;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SubmissionDisclosure disclosure;
    private final OrganisationService organisations;

    CommentService(CommentRepository comments, SubmissionService submissions, ForumService forums,
                   CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
                   SubmissionDisclosure disclosure, OrganisationService organisations) {
        this.events = events;
        this.comments = comments;
        this.submissions = submissions;
        this.forums = forums;
        this.currentUser = currentUser;
        this.audit = audit;
        this.disclosure = disclosure;
        this.organisations = organisations;
    }

    /**
     * A page of top-level comments, each with all its replies, as the current reader may see them,
     * with what the reader may do to each and whether they may write: one reading for the page.
     */
    @DisclosureChannel("submission.comments")
    @Transactional(readOnly = true)
    public Conversation conversation(SubmissionPage page, PageRequest request) {
        Submission s = page.submission();
        Reader reader = disclosure.reader(s);
        Scope scope = scope(reader);
        List<Comment> top = comments.findThreads(s.id(), scope, request).stream()
                .flatMap(c -> disclosure.shown(reader, c).stream()).toList();
        Map<CommentId, List<Comment>> replies = comments.findReplies(top.stream().map(Comment::id).toList(), scope)
                .stream().flatMap(c -> disclosure.shown(reader, c).stream())
                .collect(Collectors.groupingBy(Comment::parentId));
        List<Comment> threads = top.stream().map(c -> c.withReplies(replies.getOrDefault(c.id(), List.of()))).toList();
        boolean mayWrite = mayWrite(s, page.forum());
        boolean moderates = moderates(s);
        Map<CommentId, Set<CommentPermission>> permissions = new HashMap<>();
        threads.forEach(t -> {
            permissions.put(t.id(), permissions(t, mayWrite, moderates));
            t.replies().forEach(r -> permissions.put(r.id(), permissions(r, mayWrite, moderates)));
        });
        return new Conversation(threads, permissions, comments.countThreads(s.id(), scope),
                comments.countAll(s.id(), scope), mayWrite, currentUser.get().map(this::pending).orElse(false));
    }

    /** What the reader may do to the comment, from the predicates {@link #add}, {@link #edit} and {@link #moderatable} enforce. */
    private Set<CommentPermission> permissions(Comment c, boolean mayWrite, boolean moderates) {
        Set<CommentPermission> may = EnumSet.noneOf(CommentPermission.class);
        if (mayEdit(c)) {
            may.add(CommentPermission.EDIT);
        }
        if (mayWrite && c.parentId() == null && openForReplies(c)) {
            may.add(CommentPermission.REPLY);
        }
        if (moderates) {
            if (c.status() == CommentStatus.AWAITING_REVIEW) {
                may.add(CommentPermission.REVIEW);
            } else {
                may.add(c.hidden() ? CommentPermission.RESTORE : CommentPermission.HIDE);
            }
        }
        return may;
    }

    /** A member may write on a published, visible submission in an open forum. */
    private boolean mayWrite(Submission s, Forum forum) {
        return currentUser.get().isPresent() && openForComments(s) && !forum.isArchived();
    }

    private static boolean openForComments(Submission s) {
        return s.status() == SubmissionStatus.PUBLISHED && !s.hidden();
    }

    private static boolean openForReplies(Comment parent) {
        return parent.published() && !parent.hidden();
    }

    /**
     * Any member may join the conversation on a published, visible submission in an open forum.
     * A member of an organisation not yet verified could be anyone: a moderator reads their
     * comment before anyone else does, and followers hear of it only once it is published.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Comment add(SubmissionId submissionId, @Nullable CommentId replyTo, String body) {
        PortalUser user = currentUser.require();
        Submission s = submissions.get(submissionId);
        if (!openForComments(s)) {
            throw ValidationException.of("body", "validation.comment.not-open");
        }
        if (forums.get(s.forumId()).isArchived()) {
            throw ValidationException.of("body", "validation.forum.archived-read-only");
        }
        if (replyTo != null) {
            Comment parent = comments.findById(replyTo).filter(p -> p.submissionId().equals(submissionId))
                    .filter(p -> disclosure.seesComment(disclosure.reader(s), p))
                    .orElseThrow(() -> new NotFoundException("Comment " + replyTo));
            if (parent.parentId() != null) {
                throw ValidationException.of("body", "validation.comment.reply-depth");
            }
            if (!openForReplies(parent)) {
                throw ValidationException.of("body", "validation.comment.not-open");
            }
        }
        String text = validBody(body);
        CommentStatus status = pending(user) ? CommentStatus.AWAITING_REVIEW : CommentStatus.PUBLISHED;
        CommentId id = comments.insert(submissionId, replyTo, text, user.memberId(), user.organisationId(), status);
        if (status == CommentStatus.PUBLISHED) {
            events.publishEvent(new CommentAdded(submissionId, id, s.title(), user.memberId()));
        }
        return comments.findById(id).orElseThrow();
    }

    /**
     * Only the member who wrote it edits it, and the page then says it was edited. What a member
     * of an organisation not yet verified changes, or a rejected comment, waits for review again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Comment edit(CommentId id, int version, String body) {
        Comment c = visible(id);
        if (!mayEdit(c)) {
            throw new AccessDeniedException("Only its author may edit comment " + id);
        }
        if (forums.get(submissions.get(c.submissionId()).forumId()).isArchived()) {
            throw ValidationException.of("body", "validation.forum.archived-read-only");
        }
        String text = validBody(body);
        CommentStatus status = pending(currentUser.require()) || c.status() == CommentStatus.REJECTED
                ? CommentStatus.AWAITING_REVIEW : c.status();
        if (!comments.updateBody(id, version, text, status)) {
            throw new ConcurrentEditException();
        }
        return comments.findById(id).orElseThrow();
    }

    /** The comment as the reader may see it; one that does not exist for them is not found. */
    @DisclosureChannel("submission.comment")
    @Transactional(readOnly = true)
    public Comment get(CommentId id) {
        Comment c = comments.findById(id).orElseThrow(() -> new NotFoundException("Comment " + id));
        Submission s = submissions.get(c.submissionId());
        return disclosure.shown(disclosure.reader(s), c).orElseThrow(() -> new NotFoundException("Comment " + id));
    }

    /**
     * The comment for the followers of its submission: present only when every member may read
     * it (published, not hidden, on a published, not hidden submission), whoever is signed in.
     */
    @DisclosureChannel("submission.follower-comment")
    @Transactional(readOnly = true)
    public Optional<Comment> forFollowers(CommentId id) {
        return comments.findById(id).filter(c -> submissions.forFollowers(c.submissionId())
                .filter(s -> disclosure.tellsFollowers(s, c)).isPresent());
    }

    /** Flagged by enough organisations: hidden by the system until a moderator reviews it. */
    @EventListener
    void hideFlagged(HideFlaggedContent event) {
        if (event.comment() == null) {
            return;
        }
        comments.findById(event.comment()).filter(c -> !c.hidden())
                .ifPresent(c -> comments.setHidden(c.id(), c.version(), true, event.reason(), null));
    }

    /** Only the member who wrote it edits it, while it is not hidden. */
    private boolean mayEdit(Comment c) {
        return currentUser.get().filter(u -> u.memberId().equals(c.authorId())).isPresent() && !c.hidden();
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Comment hide(CommentId id, int version, String reason) {
        Comment c = moderatable(id);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (!comments.setHidden(id, version, true, reason.strip(), currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        audit.record("comment.hidden", "comment", id, Map.of("submission", c.submissionId().value(),
                "reason", reason.strip(), "author", c.authorId().value()));
        return comments.findById(id).orElseThrow();
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Comment restore(CommentId id, int version) {
        Comment c = moderatable(id);
        if (!comments.setHidden(id, version, false, null, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        audit.record("comment.restored", "comment", id, Map.of("submission", c.submissionId().value(),
                "previousReason", c.hiddenReason() == null ? "" : c.hiddenReason()));
        return comments.findById(id).orElseThrow();
    }

    /** Comments waiting for review in the forums the current moderator runs (every forum for an admin), oldest first. */
    @DisclosureChannel("submission.comments-awaiting-review")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CommentAwaitingReview> awaitingReview(PageRequest page) {
        return comments.awaitingReview(moderatorScope(), page);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public int countAwaitingReview() {
        return comments.countAwaitingReview(moderatorScope());
    }

    /**
     * A moderator publishes a comment awaiting review (its submission's followers hear of it
     * then), or rejects it with a reason only its author sees.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Comment review(CommentId id, int version, boolean approve, @Nullable String reason) {
        Comment c = moderatable(id);
        if (c.status() != CommentStatus.AWAITING_REVIEW) {
            throw ValidationException.of("status", "validation.comment.not-awaiting-review");
        }
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (why.length() > MAX_BODY) {
            throw ValidationException.of("reason", "validation.too-long");
        }
        if (!comments.setStatus(id, version, approve ? CommentStatus.PUBLISHED : CommentStatus.REJECTED,
                why.isEmpty() ? null : why, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> details = new HashMap<>(Map.of("submission", c.submissionId().value(),
                "author", c.authorId().value()));
        if (!why.isEmpty()) {
            details.put("reason", why);
        }
        audit.record(approve ? "comment.approved" : "comment.rejected", "comment", id, details);
        if (approve) {
            events.publishEvent(new CommentAdded(c.submissionId(), id, submissions.get(c.submissionId()).title(),
                    c.authorId()));
        }
        return comments.findById(id).orElseThrow();
    }

    private boolean pending(PortalUser user) {
        return organisations.status(user.organisationId()) == OrganisationStatus.PENDING;
    }

    /** The forum's moderators moderate its conversations. */
    private boolean moderates(Submission s) {
        return submissions.canModerate(s);
    }

    private Scope scope(Reader reader) {
        return new Scope(reader.member(), disclosure.seesUnpublishedComments(reader));
    }

    private eu.buyzet.portal.shared.@Nullable MemberId moderatorScope() {
        PortalUser user = currentUser.require();
        return user.has(Role.ADMIN) ? null : user.memberId();
    }

    /** The comment, unredacted, once the reader may see it at all (the author, or a moderator acting on it). */
    private Comment visible(CommentId id) {
        Comment c = comments.findById(id).orElseThrow(() -> new NotFoundException("Comment " + id));
        Submission s = submissions.get(c.submissionId());
        if (!disclosure.seesComment(disclosure.reader(s), c)) {
            throw new NotFoundException("Comment " + id);
        }
        return c;
    }

    private Comment moderatable(CommentId id) {
        Comment c = visible(id);
        if (!moderates(submissions.get(c.submissionId()))) {
            throw new AccessDeniedException("Not a moderator of the forum of comment " + id);
        }
        return c;
    }

    private static String validBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ValidationException.of("body", "validation.required");
        }
        if (text.length() > MAX_BODY) {
            throw ValidationException.of("body", "validation.too-long");
        }
        return text;
    }
}
