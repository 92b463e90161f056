package eu.buyzet.portal.dialogue;

import static eu.buyzet.portal.dialogue.DialogueRules.strip;

import eu.buyzet.portal.buyergroup.BuyerGroupTendering;
import eu.buyzet.portal.dialogue.DialogueRules.Refusal;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dialogue's life: a forum's moderator opens it and moves it through its phases (announced →
 * open → meetings → closed), suppliers register to take part, and a tender notice on the buyer
 * group it serves locks it. Every step is on the timeline and in the audit trail.
 */
@Service
public class DialoguePhaseService {

    private final DialogueRepository dialogues;
    private final ForumService forums;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final DialogueFacts facts;
    private final DialogueSteps steps;
    private final Clock clock;

    DialoguePhaseService(DialogueRepository dialogues, ForumService forums, SubmissionService submissions,
                         CurrentUser currentUser, DialogueFacts facts, DialogueSteps steps, Optional<Clock> clock) {
        this.dialogues = dialogues;
        this.forums = forums;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.facts = facts;
        this.steps = steps;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether the current user may open a dialogue in this forum: its moderators, while it is not archived. */
    @Transactional(readOnly = true)
    public boolean mayOpenIn(Forum forum) {
        return forums.canManage(forum) && openRefusal(forum).isEmpty();
    }

    /** A forum's moderator opens a dialogue, optionally for one of the forum's needs or proposals. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Dialogue create(DialogueDetails details) {
        PortalUser user = currentUser.require();
        Map<String, String> errors = new LinkedHashMap<>();
        Forum forum = details.forumId() == null ? null : forums.find(details.forumId()).orElse(null);
        if (forum == null) {
            errors.put("forumId", "validation.required");
        } else if (!forums.canManage(forum)) {
            throw new AccessDeniedException("Only the forum's moderators open dialogues in forum " + forum.id());
        } else {
            openRefusal(forum).ifPresent(r -> errors.put(r.field(), r.messageKey()));
        }
        String title = strip(details.title());
        String purpose = strip(details.purpose());
        if (title.isEmpty()) {
            errors.put("title", "validation.required");
        } else if (title.length() > 200) {
            errors.put("title", "validation.too-long");
        }
        if (purpose.isEmpty()) {
            errors.put("purpose", "validation.required");
        } else if (purpose.length() > 10000) {
            errors.put("purpose", "validation.too-long");
        }
        List<String> questions = details.questions().stream().map(DialogueRules::strip).filter(q -> !q.isEmpty())
                .toList();
        if (questions.size() > 30 || questions.stream().anyMatch(q -> q.length() > 1000)) {
            errors.put("questions", "validation.too-long");
        }
        if (details.clarificationDeadline() == null) {
            errors.put("clarificationDeadline", "validation.required");
        } else if (!details.clarificationDeadline().isAfter(clock.instant())) {
            errors.put("clarificationDeadline", "validation.dialogue.deadline-in-past");
        }
        if (details.submissionId() != null) {
            Optional<Submission> s = submissions.find(details.submissionId());
            if (s.isEmpty() || s.get().kind() == SubmissionKind.SOLUTION || s.get().status() != SubmissionStatus.PUBLISHED
                    || forum != null && !s.get().forumId().equals(forum.id())) {
                errors.put("submissionId", "validation.dialogue.need-of-forum");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DialogueId id = dialogues.insert(new DialogueDetails(details.forumId(), details.submissionId(), title, purpose,
                questions, details.clarificationDeadline()), user.memberId());
        steps.record(id, "announced", title, Map.of("forum", details.forumId().value()));
        return facts.visible(id);
    }

    /** Moves to the next phase: announced → open → meetings → closed; a locked dialogue only closes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Dialogue advance(Dialogue dialogue) {
        Dialogue d = facts.visible(dialogue.id());
        if (!DialogueRules.runs(facts.reader(d))) {
            throw new AccessDeniedException("Only the forum's moderators run dialogue " + d.id());
        }
        Dialogue locked = dialogues.lock(d.id());
        DialogueRules.enforce(DialogueRules.advance(locked));
        DialoguePhase next = DialogueRules.next(locked);
        if (!dialogues.setPhase(d.id(), dialogue.version(), next)) {
            throw new ConcurrentEditException();
        }
        steps.record(d.id(), "phase-" + next.name().toLowerCase(Locale.ROOT), null,
                Map.of("from", d.phase().name(), "to", next.name()));
        return facts.visible(d.id());
    }

    /** The supplier's organisation takes part; registering again changes nothing. */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public void register(Dialogue dialogue) {
        PortalUser user = currentUser.require();
        Dialogue d = dialogues.lock(facts.visible(dialogue.id()).id());
        DialogueRules.enforce(DialogueRules.register(d));
        if (dialogues.addParticipant(d.id(), user.organisationId(), user.memberId())) {
            steps.record(d.id(), "registered", user.organisationName(), Map.of());
        }
    }

    /**
     * A buyer group's tender notice closes the dialogues for its proposal and for the needs the
     * proposal gathers to new questions and input, in the same transaction, and says why.
     */
    @EventListener
    void tendering(BuyerGroupTendering event) {
        List<SubmissionId> linked = new ArrayList<>();
        linked.add(event.proposalId());
        submissions.linkedNeeds(event.proposalId()).forEach(n -> linked.add(n.id()));
        // the notice's own name and address, the same in every language; the page says what it means
        String reason = event.notice().displayName() + " (" + event.notice().url() + ")";
        for (DialogueId id : dialogues.lockFor(linked, reason)) {
            steps.record(id, "locked", reason, Map.of("notice", event.notice().id()));
        }
    }

    private static Optional<Refusal> openRefusal(Forum forum) {
        return forum.isArchived() ? Refusal.of("forumId", "validation.forum.archived-read-only") : Optional.empty();
    }
}
