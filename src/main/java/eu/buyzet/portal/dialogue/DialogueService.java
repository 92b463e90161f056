package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.buyergroup.BuyerGroupTendering;
import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.DialogueDisclosure.ReportVersion;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.BookingRow;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.MeetingRow;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.QuestionRow;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
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
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market dialogues, run by a forum's moderators under equal treatment: every supplier gets the
 * same answers at the same time without learning who asked; a supplier's input reaches the buyers,
 * never its rivals; no question after the clarification deadline, and no input once the dialogue
 * is locked by a tender notice. All of it is checked here, what each reader sees is decided by
 * {@link DialogueDisclosure}, and every action is audited.
 */
@Service
public class DialogueService {

    static final int MAX_QUESTION = 4000;
    static final int MAX_ANSWER = 10000;

    private final DialogueRepository dialogues;
    private final ForumService forums;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DialogueDisclosure disclosure;

    DialogueService(DialogueRepository dialogues, ForumService forums, SubmissionService submissions,
                    CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
                    Optional<Clock> clock, DialogueDisclosure disclosure) {
        this.disclosure = disclosure;
        this.dialogues = dialogues;
        this.forums = forums;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- reading ----------------------------------------------------------------------------------
    // Every read asks DialogueDisclosure what this reader may see; nothing here decides it again.

    /** The dialogue, if the reader may see its forum. */
    @Transactional(readOnly = true)
    public Optional<Dialogue> find(DialogueId id) {
        return dialogues.find(id).filter(disclosure::seesDialogue);
    }

    @DisclosureChannel("dialogue.details")
    @Transactional(readOnly = true)
    public Dialogue get(DialogueId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Dialogue " + id));
    }

    /** Dialogues the reader may see, newest first; of one forum when it is given. */
    @DisclosureChannel("dialogue.list")
    @Transactional(readOnly = true)
    public List<Dialogue> list(ForumId forum, PageRequest page) {
        return dialogues.list(forum, currentUser.get().isEmpty(), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public int count(ForumId forum) {
        return dialogues.count(forum, currentUser.get().isEmpty());
    }

    /** Dialogues of public forums, whoever asks: what the open API publishes. */
    @Transactional(readOnly = true)
    public List<Dialogue> listPublic(PageRequest page) {
        return dialogues.list(null, true, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public int countPublic() {
        return dialogues.count(null, true);
    }

    @Transactional(readOnly = true)
    public Optional<Dialogue> findPublic(DialogueId id) {
        return dialogues.find(id).filter(disclosure::publishes);
    }

    /**
     * Published questions and answers as the public sees them, whoever asks: no asker, no original
     * wording. What the open API publishes.
     */
    @DisclosureChannel("dialogue.published-questions")
    @Transactional(readOnly = true)
    public List<DialogueQuestion> publishedQuestions(DialogueId id) {
        return questionsFor(get(id).id(), Reader.PUBLIC);
    }

    /**
     * Questions as the reader may see them: the dialogue's agency and moderators see every question
     * with its original wording and asker; a supplier sees the published ones and its own pending
     * ones, never another supplier's name; everyone else sees the published ones.
     */
    @DisclosureChannel("dialogue.questions")
    @Transactional(readOnly = true)
    public List<DialogueQuestion> questions(DialogueId id) {
        Dialogue d = get(id);
        return questionsFor(id, disclosure.reader(d));
    }

    /** How many take part, for everyone; their names for the dialogue's agency and moderators. */
    @DisclosureChannel("dialogue.participants")
    @Transactional(readOnly = true)
    public DialogueParticipants participants(DialogueId id) {
        Dialogue d = get(id);
        List<Participant> all = dialogues.participants(id);
        return new DialogueParticipants(all.size(), disclosure.participants(disclosure.reader(d), all));
    }

    /** What the reader may do and see in the dialogue, for the page. */
    @Transactional(readOnly = true)
    public DialogueAccess access(Dialogue dialogue) {
        Dialogue d = get(dialogue.id());
        Reader r = disclosure.reader(d);
        boolean open = !d.locked() && d.phase() != DialoguePhase.CLOSED;
        return new DialogueAccess(r.participant(), r.moderator(), answers(d, r), r.supplier() && !r.participant() && open,
                r.participant() && d.takesQuestions(clock.instant()),
                r.participant() && d.takesInput() && !d.questions().isEmpty(), r.insider(),
                disclosure.seesWhoBooked(r), disclosure.seesParticipantNames(r));
    }

    /**
     * Written input the reader may see: the dialogue's agency and moderators all of it,
     * confidential parts included; a supplier only its own; no one else any.
     */
    @DisclosureChannel("dialogue.inputs")
    @Transactional(readOnly = true)
    public List<DialogueInput> inputs(DialogueId id) {
        Dialogue d = get(id);
        return inputsFor(id, disclosure.reader(d));
    }

    @DisclosureChannel("dialogue.meetings")
    @Transactional(readOnly = true)
    public List<Meeting> meetings(DialogueId id) {
        Dialogue d = get(id);
        return meetingsFor(id, disclosure.reader(d));
    }

    /** Meetings as the public sees them, whoever asks: no online link, no minutes. What the open API publishes. */
    @DisclosureChannel("dialogue.public-meetings")
    @Transactional(readOnly = true)
    public List<Meeting> publicMeetings(DialogueId id) {
        return meetingsFor(get(id).id(), Reader.PUBLIC);
    }

    /** Who booked a meeting and who waits: for the dialogue's agency and moderators. */
    @DisclosureChannel("dialogue.bookings")
    @Transactional(readOnly = true)
    public List<String> bookings(long meetingId) {
        MeetingRow m = dialogues.meeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        Dialogue d = get(m.dialogueId());
        if (!disclosure.seesWhoBooked(disclosure.reader(d))) {
            throw new AccessDeniedException("Only the dialogue's agency and moderators see who booked meeting "
                    + meetingId);
        }
        return dialogues.bookings(meetingId).stream().map(b -> b.seat() == null ? b.organisationName() + " (waiting)"
                : b.organisationName()).toList();
    }

    @DisclosureChannel("dialogue.timeline")
    @Transactional(readOnly = true)
    public List<DialogueEvent> timeline(DialogueId id) {
        Dialogue d = get(id);
        return timelineFor(id, disclosure.reader(d));
    }

    /** The forum's moderators (and admins) run the dialogue. */
    @Transactional(readOnly = true)
    public boolean canRun(Dialogue d) {
        return find(d.id()).map(x -> disclosure.reader(x).moderator()).orElse(false);
    }

    /** Moderators answer questions, and so does the agency whose need or proposal the dialogue serves. */
    @Transactional(readOnly = true)
    public boolean canAnswer(Dialogue d) {
        return find(d.id()).map(x -> answers(x, disclosure.reader(x))).orElse(false);
    }

    /** The meeting as an iCalendar invitation: the reader's own slot, and the online link only for those who take part. */
    @DisclosureChannel("dialogue.invitation-ics")
    @Transactional(readOnly = true)
    public String invitation(long meetingId, String portalUrl) {
        MeetingRow row = dialogues.meeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        Dialogue d = get(row.dialogueId());
        return MeetingInvitation.of(d, disclosure.meeting(disclosure.reader(d), row, dialogues.bookings(meetingId)),
                portalUrl);
    }

    /**
     * The report as PDF, holding exactly what the reader sees on the page: the agencies' version
     * for the dialogue's agency and moderators, the participants' version for a participant (its
     * own input only), the public version for everyone else. Every download is audited.
     */
    @DisclosureChannel("dialogue.report-pdf")
    @Transactional
    public byte[] report(DialogueId id) {
        Dialogue d = get(id);
        Reader r = disclosure.reader(d);
        ReportVersion version = disclosure.reportVersion(r);
        List<Participant> all = dialogues.participants(id);
        audit.record("market-dialogue.report", "dialogue", id, Map.of("version", version.name().toLowerCase(Locale.ROOT)));
        return DialogueReport.pdf(d, version, all.size(), disclosure.participants(r, all), questionsFor(id, r),
                meetingsFor(id, r), inputsFor(id, r), timelineFor(id, r), clock.instant());
    }

    private List<DialogueQuestion> questionsFor(DialogueId id, Reader r) {
        return dialogues.questions(id).stream().flatMap(q -> disclosure.question(r, q).stream()).toList();
    }

    private List<DialogueInput> inputsFor(DialogueId id, Reader r) {
        return dialogues.inputs(id, null).stream().filter(i -> disclosure.seesInput(r, i)).toList();
    }

    private List<Meeting> meetingsFor(DialogueId id, Reader r) {
        return dialogues.meetings(id).stream().map(m -> disclosure.meeting(r, m, dialogues.bookings(m.id()))).toList();
    }

    private List<DialogueEvent> timelineFor(DialogueId id, Reader r) {
        return dialogues.events(id).stream().map(e -> disclosure.event(r, e)).toList();
    }

    private static boolean answers(Dialogue d, Reader r) {
        return r.moderator() || r.agency() == DialogueDisclosure.Agency.OWNER;
    }

    // ---- running it -----------------------------------------------------------------------------

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
        } else if (forum.isArchived()) {
            errors.put("forumId", "validation.forum.archived-read-only");
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
        List<String> questions = details.questions().stream().map(DialogueService::strip).filter(q -> !q.isEmpty())
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
        event(id, "announced", title, Map.of("forum", details.forumId().value()));
        return get(id);
    }

    /** Moves to the next phase: announced → open → meetings → closed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Dialogue advance(DialogueId id, int version) {
        Dialogue d = runnable(id);
        Dialogue locked = dialogues.lock(id);
        if (locked.phase() == DialoguePhase.CLOSED) {
            throw ValidationException.of("phase", "validation.dialogue.closed");
        }
        DialoguePhase next = locked.locked() ? DialoguePhase.CLOSED : locked.phase().next();
        if (!dialogues.setPhase(id, version, next)) {
            throw new ConcurrentEditException();
        }
        event(id, "phase-" + next.name().toLowerCase(java.util.Locale.ROOT), null,
                Map.of("from", d.phase().name(), "to", next.name()));
        return get(id);
    }

    // ---- suppliers --------------------------------------------------------------------------------

    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public void register(DialogueId id) {
        PortalUser user = currentUser.require();
        Dialogue d = dialogues.lock(get(id).id());
        if (d.locked() || d.phase() == DialoguePhase.CLOSED) {
            throw ValidationException.of("dialogue", d.locked() ? "validation.dialogue.locked" : "validation.dialogue.closed");
        }
        if (dialogues.addParticipant(id, user.organisationId(), user.memberId())) {
            event(id, "registered", user.organisationName(), Map.of());
        }
    }

    /**
     * A participant asks. Refused after the clarification deadline, once the dialogue is locked,
     * and outside the open and meetings phases, whoever calls.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public DialogueQuestion ask(DialogueId id, String text) {
        PortalUser user = currentUser.require();
        get(id);
        Dialogue d = dialogues.lock(id);
        requireParticipant(d, user);
        if (d.locked()) {
            throw ValidationException.of("question", "validation.dialogue.locked");
        }
        if (!d.phase().takesInput()) {
            throw ValidationException.of("question", "validation.dialogue.not-open");
        }
        if (!clock.instant().isBefore(d.clarificationDeadline())) {
            throw ValidationException.of("question", "validation.dialogue.deadline-passed");
        }
        String q = strip(text);
        if (q.isEmpty()) {
            throw ValidationException.of("question", "validation.required");
        }
        if (q.length() > MAX_QUESTION) {
            throw ValidationException.of("question", "validation.too-long");
        }
        long qid = dialogues.addQuestion(id, q, user.memberId(), user.organisationId());
        audit.record("market-dialogue.question-asked", "dialogue", id, Map.of("question", qid,
                "organisation", user.organisationId().value()));
        return questions(id).stream().filter(x -> x.id() == qid).findFirst().orElseThrow();
    }

    /**
     * Publishes a question with its answer to every participant at once. The moderator may
     * rephrase the question (for instance to take out who asked); the original is kept.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DialogueQuestion answer(long questionId, int version, String publishedText, String answer) {
        QuestionRow q = dialogues.question(questionId).orElseThrow(() -> new NotFoundException("Question " + questionId));
        Dialogue d = get(q.dialogueId());
        if (!canAnswer(d)) {
            throw new AccessDeniedException("Only moderators or the dialogue's agency answer questions in " + d.id());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String text = strip(publishedText);
        String reply = strip(answer);
        if (text.isEmpty()) {
            errors.put("publishedText", "validation.required");
        } else if (text.length() > MAX_QUESTION) {
            errors.put("publishedText", "validation.too-long");
        }
        if (reply.isEmpty()) {
            errors.put("answer", "validation.required");
        } else if (reply.length() > MAX_ANSWER) {
            errors.put("answer", "validation.too-long");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!dialogues.publish(questionId, version, text, reply, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        event(d.id(), "answer-published", null, Map.of("question", questionId,
                "rephrased", !text.equals(q.originalText())));
        events.publishEvent(answerPublished(d));
        return questions(d.id()).stream().filter(x -> x.id() == questionId).findFirst().orElseThrow();
    }

    /**
     * The notice that an answer is out, which the notification feature delivers in-app and by
     * mail: the dialogue's title and link for the participants the policy names, nothing of the
     * question or who asked it.
     */
    @DisclosureChannel("dialogue.answer-notification")
    private DialogueAnswerPublished answerPublished(Dialogue d) {
        return new DialogueAnswerPublished(d.id(), d.title(), disclosure.answerRecipients(dialogues.participants(d.id())));
    }

    /**
     * A participant's written input: answers by question index (from 0); those in
     * {@code confidential} are for agencies and moderators only. Replaces earlier input.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public List<DialogueInput> submitInput(DialogueId id, Map<Integer, String> answers, Set<Integer> confidential) {
        PortalUser user = currentUser.require();
        get(id);
        Dialogue d = dialogues.lock(id);
        requireParticipant(d, user);
        if (!d.takesInput()) {
            throw ValidationException.of("input", d.locked() ? "validation.dialogue.locked" : "validation.dialogue.not-open");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<DialogueInput> kept = new ArrayList<>();
        answers.forEach((index, text) -> {
            String a = strip(text);
            if (index == null || index < 0 || index >= d.questions().size()) {
                errors.put("answers", "validation.dialogue.no-such-question");
            } else if (a.length() > MAX_ANSWER) {
                errors.put("answers[" + index + "]", "validation.too-long");
            } else if (!a.isEmpty()) {
                kept.add(new DialogueInput(user.organisationId(), user.organisationName(), index, a,
                        confidential != null && confidential.contains(index), null));
            }
        });
        if (kept.isEmpty() && errors.isEmpty()) {
            errors.put("answers", "validation.dialogue.answer-something");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        dialogues.replaceInput(id, user.organisationId(), kept, user.memberId());
        audit.record("market-dialogue.input-submitted", "dialogue", id, Map.of("organisation", user.organisationId().value(),
                "answers", kept.size(), "confidential", kept.stream().filter(DialogueInput::confidential).count()));
        return dialogues.inputs(id, user.organisationId());
    }

    // ---- meetings ---------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Meeting addMeeting(DialogueId id, MeetingDetails m) {
        Dialogue d = runnable(id);
        if (d.phase() == DialoguePhase.CLOSED) {
            throw ValidationException.of("phase", "validation.dialogue.closed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(m.title());
        String place = strip(m.place());
        String link = strip(m.onlineLink());
        if (m.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (title.isEmpty()) {
            errors.put("title", "validation.required");
        } else if (title.length() > 200) {
            errors.put("title", "validation.too-long");
        }
        if (m.startsAt() == null) {
            errors.put("startsAt", "validation.required");
        } else if (!m.startsAt().isAfter(clock.instant())) {
            errors.put("startsAt", "validation.dialogue.meeting-in-past");
        }
        if (m.slotMinutes() == null || m.slotMinutes() < 5 || m.slotMinutes() > 480) {
            errors.put("slotMinutes", "validation.dialogue.slot-minutes");
        }
        if (m.capacity() == null || m.capacity() < 1 || m.capacity() > 1000) {
            errors.put("capacity", "validation.dialogue.capacity");
        }
        if (place.isEmpty() && link.isEmpty()) {
            errors.put("place", "validation.dialogue.place-or-link");
        }
        if (!link.isEmpty() && !isHttps(link)) {
            errors.put("onlineLink", "validation.dialogue.https-link");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long meetingId = dialogues.addMeeting(id, new MeetingDetails(m.kind(), title, m.startsAt(), m.slotMinutes(),
                m.capacity(), place.isEmpty() ? null : place, link.isEmpty() ? null : link), currentUser.require().memberId());
        event(id, "meeting-planned", title, Map.of("meeting", meetingId, "kind", m.kind().name()));
        return meetingFor(d, meetingId);
    }

    /**
     * A participant books a place: the first free seat (for one-to-one meetings, the first free
     * slot, all of the same length), or a place on the waiting list when it is full.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public Meeting book(long meetingId) {
        PortalUser user = currentUser.require();
        MeetingRow row = dialogues.meeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        Dialogue d = get(row.dialogueId());
        requireParticipant(d, user);
        if (d.phase() == DialoguePhase.CLOSED || !row.startsAt().isAfter(clock.instant())) {
            throw ValidationException.of("meeting", "validation.dialogue.meeting-closed");
        }
        dialogues.lockMeeting(meetingId);
        List<BookingRow> bookings = dialogues.bookings(meetingId);
        if (bookings.stream().anyMatch(b -> b.organisationId().equals(user.organisationId()))) {
            throw ValidationException.of("meeting", "validation.dialogue.already-booked");
        }
        BitSet taken = new BitSet();
        bookings.stream().filter(b -> b.seat() != null).forEach(b -> taken.set(b.seat()));
        int free = taken.nextClearBit(0);
        dialogues.book(meetingId, user.organisationId(), free < row.capacity() ? free : null, user.memberId());
        audit.record("market-dialogue.meeting-booked", "dialogue", d.id(), Map.of("meeting", meetingId,
                "organisation", user.organisationId().value(), "waiting", free >= row.capacity()));
        return meetingFor(d, meetingId);
    }

    /** Gives up a booking; the first on the waiting list takes the freed seat. */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public Meeting cancelBooking(long meetingId) {
        PortalUser user = currentUser.require();
        MeetingRow row = dialogues.meeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        Dialogue d = get(row.dialogueId());
        dialogues.lockMeeting(meetingId);
        Optional<BookingRow> mine = dialogues.bookings(meetingId).stream()
                .filter(b -> b.organisationId().equals(user.organisationId())).findFirst();
        if (mine.isEmpty()) {
            throw ValidationException.of("meeting", "validation.dialogue.not-booked");
        }
        dialogues.cancelBooking(meetingId, user.organisationId());
        if (mine.get().seat() != null) {
            dialogues.bookings(meetingId).stream().filter(b -> b.seat() == null).findFirst()
                    .ifPresent(next -> dialogues.giveSeat(meetingId, next.organisationId(), mine.get().seat()));
        }
        audit.record("market-dialogue.meeting-cancelled", "dialogue", d.id(), Map.of("meeting", meetingId,
                "organisation", user.organisationId().value()));
        return meetingFor(d, meetingId);
    }

    /** Minutes reach every participant once the meeting has begun. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Meeting publishMinutes(long meetingId, String minutes) {
        MeetingRow row = dialogues.meeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        Dialogue d = runnable(row.dialogueId());
        if (row.startsAt().isAfter(clock.instant())) {
            throw ValidationException.of("minutes", "validation.dialogue.minutes-before-meeting");
        }
        String text = strip(minutes);
        if (text.isEmpty()) {
            throw ValidationException.of("minutes", "validation.required");
        }
        if (text.length() > MAX_ANSWER) {
            throw ValidationException.of("minutes", "validation.too-long");
        }
        dialogues.publishMinutes(meetingId, text);
        event(row.dialogueId(), "minutes-published", row.title(), Map.of("meeting", meetingId));
        return meetingFor(d, meetingId);
    }

    // ---- the lock -----------------------------------------------------------------------------------

    /**
     * A buyer group's tender notice closes the dialogues for its proposal and for the needs the
     * proposal gathers to new questions and input, in the same transaction, and says why.
     */
    @EventListener
    void tendering(BuyerGroupTendering event) {
        List<SubmissionId> linked = new ArrayList<>();
        linked.add(event.proposalId());
        submissions.linkedNeeds(event.proposalId()).forEach(n -> linked.add(n.id()));
        String reason = "Tender notice " + event.notice().system() + " " + event.notice().id() + " ("
                + event.notice().url() + ")";
        for (DialogueId id : dialogues.lockFor(linked, reason)) {
            event(id, "locked", reason, Map.of("notice", event.notice().id()));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private Dialogue runnable(DialogueId id) {
        Dialogue d = get(id);
        if (!canRun(d)) {
            throw new AccessDeniedException("Only the forum's moderators run dialogue " + id);
        }
        return d;
    }

    private void requireParticipant(Dialogue d, PortalUser user) {
        if (!dialogues.isParticipant(d.id(), user.organisationId())) {
            throw ValidationException.of("dialogue", "validation.dialogue.register-first");
        }
    }

    /** The meeting as it is now, as the current reader may see it. */
    private Meeting meetingFor(Dialogue d, long meetingId) {
        return disclosure.meeting(disclosure.reader(d), dialogues.meeting(meetingId).orElseThrow(),
                dialogues.bookings(meetingId));
    }

    private void event(DialogueId id, String step, String detail, Map<String, ?> details) {
        dialogues.addEvent(id, step, detail, currentUser.get().map(PortalUser::memberId).orElse(null));
        audit.record("market-dialogue." + step, "dialogue", id, details);
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
