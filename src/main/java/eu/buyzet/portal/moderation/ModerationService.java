package eu.buyzet.portal.moderation;

import eu.buyzet.portal.shared.FlaggedHiding;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.moderation.internal.FlagRepository;
import eu.buyzet.portal.moderation.internal.FlagRepository.OpenFlags;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.HideFlaggedContent;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionStatus;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and their review. Any member flags content of another organisation with a reason; once
 * members of {@code buyzet.moderation.auto-hide-flags} different organisations (3 unless
 * configured) have flagged it, it is hidden until the forum's moderators review it, and its
 * author's organisation is told why. Moderators restore it or keep it hidden, one by one or in bulk.
 * Members of organisations not verified yet cannot flag; what each reader learns of flags,
 * {@link ModerationDisclosure} decides.
 */
@Service
public class ModerationService {

    private final FlagRepository flags;
    private final SubmissionService submissions;
    private final CommentService comments;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final int threshold;
    private final ModerationDisclosure disclosure;

    ModerationService(FlagRepository flags, SubmissionService submissions, CommentService comments,
                      CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
                      @Value("${buyzet.moderation.auto-hide-flags:3}") int threshold, ModerationDisclosure disclosure) {
        this.disclosure = disclosure;
        this.flags = flags;
        this.submissions = submissions;
        this.comments = comments;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.threshold = Math.max(1, threshold);
    }

    /** Whether the current user may flag it: a published, visible post, by a member of another organisation than its author's. */
    @Transactional(readOnly = true)
    public boolean canFlag(Submission s) {
        return s.status() == SubmissionStatus.PUBLISHED && !s.hidden()
                && currentUser.get().filter(u -> mayFlagContentOf(u, s.organisationId())).isPresent();
    }

    /** Whether the current user may flag it: a published, visible comment, by a member of another organisation than its author's. */
    @Transactional(readOnly = true)
    public boolean canFlag(Comment c) {
        return c.published() && !c.hidden()
                && currentUser.get().filter(u -> mayFlagContentOf(u, c.organisationId())).isPresent();
    }

    /** Nobody flags their own organisation's content. */
    private static boolean othersContent(PortalUser user, OrganisationId author) {
        return !author.equals(user.organisationId());
    }

    /** What the flag buttons ask: the checks {@link #flag} refuses with a message, an unverified organisation's included. */
    private boolean mayFlagContentOf(PortalUser user, OrganisationId author) {
        return othersContent(user, author) && disclosure.mayFlag(user.organisationId());
    }

    /** Whether the current user's organisation has an open flag on it (not to be flagged twice). */
    @DisclosureChannel("moderation.own-flag")
    @Transactional(readOnly = true)
    public boolean flaggedByMyOrganisation(FlagTarget target) {
        return currentUser.get().map(u -> flags.isOpenFor(target, u.organisationId())).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flag(FlagTarget target, FlagReason reason, String note) {
        PortalUser user = currentUser.require();
        Submission s = submissions.get(target.submission());
        Comment c = target.comment() == null ? null : comments.get(target.comment());
        if (c != null && !c.submissionId().equals(s.id())) {
            throw ValidationException.of("comment", "validation.moderation.no-such-content");
        }
        OrganisationId author = c != null ? c.organisationId() : s.organisationId();
        if (!othersContent(user, author)) {
            throw ValidationException.of("reason", "validation.moderation.own-content");
        }
        if (!disclosure.mayFlag(user.organisationId())) {
            // three throw-away sign-ups must not be able to hide a competitor's post
            throw ValidationException.of("reason", "validation.moderation.organisation-pending");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String text = note == null ? "" : note.strip();
        if (reason == null) {
            errors.put("reason", "validation.required");
        } else if (reason == FlagReason.OTHER && text.isEmpty()) {
            errors.put("note", "validation.moderation.note-for-other");
        }
        if (text.length() > 1000) {
            errors.put("note", "validation.too-long");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!flags.add(target, s.forumId(), reason, text.isEmpty() ? null : text, user.memberId(), user.organisationId())) {
            throw ValidationException.of("reason", "validation.moderation.already-flagged");
        }
        String subjectType = c == null ? "submission" : "comment";
        Object subjectId = c == null ? s.id() : c.id();
        audit.record("content-flag.added", subjectType, subjectId, Map.of("reason", reason.name(),
                "organisation", user.organisationId().value()));
        int organisations = flags.openOrganisations(target, disclosure.countedFlagsFrom());
        boolean hidden = c != null ? c.hidden() : s.hidden();
        if (organisations >= threshold && !hidden) {
            autoHide(target, s, author, organisations, subjectType, subjectId);
        }
    }

    /**
     * Hides the content and tells its author's organisation how many organisations flagged it and
     * for which reasons: never the flaggers' notes, nor who they are.
     */
    @DisclosureChannel("moderation.auto-hide-notice")
    private void autoHide(FlagTarget target, Submission s, OrganisationId author, int organisations,
                          String subjectType, Object subjectId) {
        List<FlagReason> reasons = flags.openReasons(target);
        events.publishEvent(new HideFlaggedContent(s.id(), target.comment(),
                disclosure.autoHideReason(organisations, reasons)));
        events.publishEvent(new ContentHiddenByFlags(s.id(), s.title(), author,
                FlaggedHiding.reasons(disclosure.reasonKeys(reasons))));
        audit.record("content-flag.auto-hidden", subjectType, subjectId, Map.of("organisations", organisations,
                "reasons", reasons.stream().map(FlagReason::name).collect(java.util.stream.Collectors.joining(", "))));
    }

    /**
     * Flagged content in the forums the current moderator runs (every forum for an admin), oldest
     * first; with a reason, only content flagged for it.
     */
    @DisclosureChannel("moderation.queue")
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<QueueItem> queue(FlagReason reason, PageRequest page) {
        List<QueueItem> items = new ArrayList<>();
        for (OpenFlags o : flags.open(scope(), reason, page.offset(), page.limit())) {
            Submission s = submissions.find(o.target().submission()).orElse(null);
            if (s == null) {
                continue;
            }
            Comment c = o.target().comment() == null ? null : comments.get(o.target().comment());
            items.add(disclosure.queueItem(o.target(), o.forumId(), s.title(), c == null ? s.summary() : c.body(),
                    c == null ? s.hidden() : c.hidden(), o.organisations(), o.reasons(), o.notes(), o.first()));
        }
        return items;
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public int queueSize(@Nullable FlagReason reason) {
        return flags.countOpen(scope(), reason);
    }

    /**
     * A moderator decides: restore the content (the flags were unfounded) or keep it hidden with
     * a reason its author sees. Either way the flags are closed.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public void review(FlagTarget target, Decision decision, String reason) {
        Submission s = submissions.get(target.submission());
        if (!submissions.canModerate(s)) {
            throw new AccessDeniedException("Not a moderator of the forum of submission " + s.id());
        }
        if (decision == null) {
            throw ValidationException.of("decision", "validation.required");
        }
        String why = reason == null ? "" : reason.strip();
        if (decision == Decision.HIDE && why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (target.comment() == null) {
            if (decision == Decision.RESTORE && s.hidden()) {
                submissions.restore(s.id(), s.version());
            } else if (decision == Decision.HIDE) {
                if (s.hidden()) {
                    submissions.restore(s.id(), s.version());
                    s = submissions.get(s.id());
                }
                submissions.hide(s.id(), s.version(), why);
            }
        } else {
            Comment c = comments.get(target.comment());
            if (decision == Decision.RESTORE && c.hidden()) {
                comments.restore(c.id(), c.version());
            } else if (decision == Decision.HIDE) {
                if (c.hidden()) {
                    c = comments.restore(c.id(), c.version());
                }
                comments.hide(c.id(), c.version(), why);
            }
        }
        int closed = flags.close(target, decision == Decision.RESTORE ? "RESTORED" : "HIDDEN",
                currentUser.require().memberId());
        audit.record("content-flag.reviewed", target.comment() == null ? "submission" : "comment",
                target.comment() == null ? s.id() : target.comment(),
                Map.of("decision", decision.name(), "flags", closed, "reason", why));
    }

    /** The same decision for several pieces of content. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public int reviewAll(List<FlagTarget> targets, Decision decision, String reason) {
        targets.forEach(t -> review(t, decision, reason));
        return targets.size();
    }

    /** Null (every forum) for an admin; otherwise the moderator, whose forums are looked up. */
    private eu.buyzet.portal.shared.@Nullable MemberId scope() {
        PortalUser user = currentUser.require();
        return user.has(Role.ADMIN) ? null : user.memberId();
    }
}
