package eu.buyzet.portal.submission;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.internal.CommentRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation on a published submission: members comment and reply one level deep, authors
 * edit their own words (marked as edited), the forum's moderators hide a comment with a reason that
 * its author sees. A comment exists for whoever may see its submission; a hidden one keeps its
 * place in the thread but shows its words only to its author and the moderators.
 */
@Service
public class CommentService {

    static final int MAX_BODY = 5000;

    private final CommentRepository comments;
    private final SubmissionService submissions;
    private final ForumService forums;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    CommentService(CommentRepository comments, SubmissionService submissions, ForumService forums,
                   CurrentUser currentUser, AuditTrail audit,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.comments = comments;
        this.submissions = submissions;
        this.forums = forums;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A page of top-level comments, each with all its replies. */
    @Transactional(readOnly = true)
    public List<Comment> threads(SubmissionId submissionId, PageRequest page) {
        Submission s = submissions.get(submissionId);
        boolean moderator = submissions.canModerate(s);
        List<Comment> top = comments.findThreads(submissionId, page);
        Map<CommentId, List<Comment>> replies = comments.findReplies(top.stream().map(Comment::id).toList()).stream()
                .map(c -> shown(c, moderator)).collect(Collectors.groupingBy(Comment::parentId));
        return top.stream().map(c -> shown(c, moderator).withReplies(replies.getOrDefault(c.id(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public int countThreads(SubmissionId submissionId) {
        submissions.get(submissionId);
        return comments.countThreads(submissionId);
    }

    /** Comments and replies together, as the submission's page headline says. */
    @Transactional(readOnly = true)
    public int countAll(SubmissionId submissionId) {
        submissions.get(submissionId);
        return comments.countAll(submissionId);
    }

    /** Any member may join the conversation on a published, visible submission in an open forum. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Comment add(SubmissionId submissionId, CommentId replyTo, String body) {
        PortalUser user = currentUser.require();
        Submission s = submissions.get(submissionId);
        if (s.status() != SubmissionStatus.PUBLISHED || s.hidden()) {
            throw ValidationException.of("body", "validation.comment.not-open");
        }
        if (forums.get(s.forumId()).isArchived()) {
            throw ValidationException.of("body", "validation.forum.archived-read-only");
        }
        if (replyTo != null) {
            Comment parent = comments.findById(replyTo).filter(p -> p.submissionId().equals(submissionId))
                    .orElseThrow(() -> new NotFoundException("Comment " + replyTo));
            if (parent.parentId() != null) {
                throw ValidationException.of("body", "validation.comment.reply-depth");
            }
        }
        String text = validBody(body);
        CommentId id = comments.insert(submissionId, replyTo, text, user.memberId(), user.organisationId());
        events.publishEvent(new CommentAdded(submissionId, id, s.title(), user.memberId()));
        return comments.findById(id).orElseThrow();
    }

    /** Only the member who wrote it edits it, and the page then says it was edited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Comment edit(CommentId id, int version, String body) {
        Comment c = visible(id);
        if (!canEdit(c)) {
            throw new AccessDeniedException("Only its author may edit comment " + id);
        }
        if (forums.get(submissions.get(c.submissionId()).forumId()).isArchived()) {
            throw ValidationException.of("body", "validation.forum.archived-read-only");
        }
        String text = validBody(body);
        if (!comments.updateBody(id, version, text)) {
            throw new ConcurrentEditException();
        }
        return comments.findById(id).orElseThrow();
    }

    /** The comment, if the reader may see its submission. */
    @Transactional(readOnly = true)
    public Comment get(CommentId id) {
        return visible(id);
    }

    /** Flagged by enough organisations: hidden by the system until a moderator reviews it. */
    @org.springframework.context.event.EventListener
    void hideFlagged(HideFlaggedContent event) {
        if (event.comment() == null) {
            return;
        }
        comments.findById(event.comment()).filter(c -> !c.hidden())
                .ifPresent(c -> comments.setHidden(c.id(), c.version(), true, event.reason(), null));
    }

    @Transactional(readOnly = true)
    public boolean canEdit(Comment c) {
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

    private Comment visible(CommentId id) {
        Comment c = comments.findById(id).orElseThrow(() -> new NotFoundException("Comment " + id));
        submissions.get(c.submissionId());
        return c;
    }

    private Comment moderatable(CommentId id) {
        Comment c = visible(id);
        if (!submissions.canModerate(submissions.get(c.submissionId()))) {
            throw new AccessDeniedException("Not a moderator of the forum of comment " + id);
        }
        return c;
    }

    private Comment shown(Comment c, boolean moderator) {
        boolean author = currentUser.get().filter(u -> u.memberId().equals(c.authorId())).isPresent();
        return !c.hidden() || moderator || author ? c : c.redacted();
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
