package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.dialogue.DialogueDisclosure.Agency;
import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What may be done in a dialogue, and why not. Each rule is asked twice: by the service that
 * enforces it (a refusal becomes the {@link ValidationException} the user sees) and by
 * {@link #access} and the page's read model, which tell the page which actions to offer. So a
 * button is shown exactly when the service would take the step.
 */
final class DialogueRules {

    private DialogueRules() {
    }

    /** Why a step is refused: the form field it belongs to and the message key. */
    record Refusal(String field, String messageKey) {
        ValidationException exception() {
            return ValidationException.of(field, messageKey);
        }

        static Optional<Refusal> of(String field, String messageKey) {
            return Optional.of(new Refusal(field, messageKey));
        }
    }

    /** Takes the step only if its rule gives no refusal. */
    static void enforce(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }

    /** The forum's moderators (and admins) run the dialogue: phases, meetings, minutes. */
    static boolean runs(Reader r) {
        return r.moderator();
    }

    /** Moderators answer questions, and so does the agency whose need or proposal the dialogue serves. */
    static boolean answers(Reader r) {
        return r.moderator() || r.agency() == Agency.OWNER;
    }

    /** The phase the dialogue moves to next: a locked dialogue can only close. */
    static DialoguePhase next(Dialogue d) {
        return d.locked() ? DialoguePhase.CLOSED : d.phase().next();
    }

    /** Moving to the next phase, and planning a meeting: not once the dialogue is closed. */
    static Optional<Refusal> advance(Dialogue d) {
        return d.phase() == DialoguePhase.CLOSED ? Refusal.of("phase", "validation.dialogue.closed") : Optional.empty();
    }

    static Optional<Refusal> planMeeting(Dialogue d) {
        return advance(d);
    }

    /** A supplier registers while the dialogue is neither locked nor closed. */
    static Optional<Refusal> register(Dialogue d) {
        if (d.locked()) {
            return Refusal.of("dialogue", "validation.dialogue.locked");
        }
        return d.phase() == DialoguePhase.CLOSED ? Refusal.of("dialogue", "validation.dialogue.closed") : Optional.empty();
    }

    /** A participant asks in the open and meetings phases, before the clarification deadline, while not locked. */
    static Optional<Refusal> ask(Dialogue d, Reader r, Instant now) {
        if (!r.participant()) {
            return registerFirst();
        }
        if (d.locked()) {
            return Refusal.of("question", "validation.dialogue.locked");
        }
        if (!d.phase().takesInput()) {
            return Refusal.of("question", "validation.dialogue.not-open");
        }
        if (!now.isBefore(d.clarificationDeadline())) {
            return Refusal.of("question", "validation.dialogue.deadline-passed");
        }
        return Optional.empty();
    }

    /** A participant gives written input to the dialogue's questions while it takes input. */
    static Optional<Refusal> giveInput(Dialogue d, Reader r) {
        if (!r.participant()) {
            return registerFirst();
        }
        if (!d.takesInput()) {
            return Refusal.of("input", d.locked() ? "validation.dialogue.locked" : "validation.dialogue.not-open");
        }
        return d.questions().isEmpty() ? Refusal.of("answers", "validation.dialogue.no-such-question") : Optional.empty();
    }

    /** A participant books a meeting that has not begun, in a dialogue not closed, once. */
    static Optional<Refusal> book(Dialogue d, Reader r, Meeting m, Instant now) {
        if (!r.participant()) {
            return registerFirst();
        }
        Optional<Refusal> closed = meetingOpen(d, m, now);
        if (closed.isPresent()) {
            return closed;
        }
        return m.myBooking() ? Refusal.of("meeting", "validation.dialogue.already-booked") : Optional.empty();
    }

    /** Its booking is given up before the meeting begins, while the dialogue is not closed. */
    static Optional<Refusal> cancelBooking(Dialogue d, Meeting m, Instant now) {
        if (!m.myBooking()) {
            return Refusal.of("meeting", "validation.dialogue.not-booked");
        }
        return meetingOpen(d, m, now);
    }

    /** Minutes once the meeting has begun. */
    static Optional<Refusal> publishMinutes(Meeting m, Instant now) {
        return m.startsAt().isAfter(now) ? Refusal.of("minutes", "validation.dialogue.minutes-before-meeting")
                : Optional.empty();
    }

    /** What the reader may do and see in the dialogue, from the rules above and the disclosure policy. */
    static DialogueAccess access(Dialogue d, Reader r, DialogueDisclosure disclosure, Instant now) {
        boolean runs = runs(r);
        @Nullable DialoguePhase next = runs && advance(d).isEmpty() ? next(d) : null;
        return new DialogueAccess(r.participant(), runs, answers(r),
                r.supplier() && !r.participant() && register(d).isEmpty(), ask(d, r, now).isEmpty(),
                giveInput(d, r).isEmpty(), r.insider(), disclosure.seesWhoBooked(r), disclosure.seesParticipantNames(r),
                next, runs && planMeeting(d).isEmpty());
    }

    /** Whether and until when the dialogue takes questions: the deadline is stated only while it holds. */
    static QuestionWindow questionWindow(Dialogue d, Instant now) {
        if (d.lockedAt() != null) {
            return new QuestionWindow(QuestionWindow.State.LOCKED, d.lockedAt());
        }
        if (d.phase() == DialoguePhase.CLOSED) {
            return new QuestionWindow(QuestionWindow.State.CLOSED, null);
        }
        if (!now.isBefore(d.clarificationDeadline())) {
            return new QuestionWindow(QuestionWindow.State.DEADLINE_PASSED, d.clarificationDeadline());
        }
        return new QuestionWindow(d.phase() == DialoguePhase.ANNOUNCED ? QuestionWindow.State.OPENS
                : QuestionWindow.State.OPEN_UNTIL, d.clarificationDeadline());
    }

    /**
     * The phases in order, each with when it began (from the dialogue's own steps), the current one
     * marked, and the dates still ahead: the clarification deadline on the phases that take questions,
     * while it holds, and the next meeting on the meetings phase.
     */
    static List<PhaseStep> phaseSteps(Dialogue d, List<DialogueEvent> events, List<Meeting> meetings, Instant now) {
        QuestionWindow window = questionWindow(d, now);
        @Nullable Instant nextMeeting = meetings.stream().map(Meeting::startsAt).filter(now::isBefore)
                .min(Comparator.naturalOrder()).orElse(null);
        List<PhaseStep> steps = new ArrayList<>();
        for (DialoguePhase p : DialoguePhase.values()) {
            @Nullable Instant started = p == DialoguePhase.ANNOUNCED ? d.createdAt() : events.stream()
                    .filter(e -> e.step().equals("phase-" + p.name().toLowerCase(Locale.ROOT)))
                    .map(DialogueEvent::at).findFirst().orElse(null);
            int order = Integer.compare(p.ordinal(), d.phase().ordinal());
            PhaseStep.State state = order == 0 ? PhaseStep.State.CURRENT
                    : order < 0 ? (started == null ? PhaseStep.State.SKIPPED : PhaseStep.State.DONE)
                    : d.locked() && p != DialoguePhase.CLOSED ? PhaseStep.State.SKIPPED : PhaseStep.State.COMING;
            boolean ahead = state == PhaseStep.State.CURRENT || state == PhaseStep.State.COMING;
            @Nullable Instant questionsUntil = ahead && p.takesInput() && window.deadlineHolds() ? window.at() : null;
            @Nullable Instant meeting = ahead && p == DialoguePhase.MEETINGS ? nextMeeting : null;
            steps.add(new PhaseStep(p, state, state == PhaseStep.State.COMING ? null : started, questionsUntil,
                    meeting));
        }
        return List.copyOf(steps);
    }

    /** Text as entered, without surrounding blanks; none is empty. */
    static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static Optional<Refusal> meetingOpen(Dialogue d, Meeting m, Instant now) {
        return d.phase() == DialoguePhase.CLOSED || !m.startsAt().isAfter(now)
                ? Refusal.of("meeting", "validation.dialogue.meeting-closed") : Optional.empty();
    }

    private static Optional<Refusal> registerFirst() {
        return Refusal.of("dialogue", "validation.dialogue.register-first");
    }
}
