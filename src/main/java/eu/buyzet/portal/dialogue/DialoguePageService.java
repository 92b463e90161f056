package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.DialoguePage.MeetingEntry;
import eu.buyzet.portal.dialogue.DialoguePage.QuestionEntry;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.BookingRow;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dialogue's page as the current reader may see it, with the actions they may take there:
 * every part as {@link DialogueDisclosure} allows (each part is a channel of its own, see
 * {@link DialogueFacts}), every action from the rule in {@link DialogueRules} that the service
 * taking the step enforces.
 */
@Service
public class DialoguePageService {

    private final DialogueRepository dialogues;
    private final DialogueDisclosure disclosure;
    private final DialogueFacts facts;
    private final Clock clock;

    DialoguePageService(DialogueRepository dialogues, DialogueDisclosure disclosure, DialogueFacts facts,
                        Optional<Clock> clock) {
        this.dialogues = dialogues;
        this.disclosure = disclosure;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The page of a dialogue the reader may see; for anyone else it does not exist. */
    @DisclosureChannel("dialogue.details")
    @Transactional(readOnly = true)
    public DialoguePage page(DialogueId id) {
        Dialogue d = facts.visible(id);
        Reader r = facts.reader(d);
        Instant now = clock.instant();
        boolean answers = DialogueRules.answers(r);
        List<QuestionEntry> questions = facts.questions(d, r).stream()
                .map(q -> new QuestionEntry(q, answers && !q.published())).toList();
        List<MeetingEntry> meetings = dialogues.meetings(id).stream().map(row -> {
            List<BookingRow> bookings = dialogues.bookings(row.id());
            Meeting m = facts.meeting(r, row, bookings);
            return new MeetingEntry(m, facts.bookings(r, bookings), DialogueRules.book(d, r, m, now).isEmpty(),
                    DialogueRules.cancelBooking(d, m, now).isEmpty(),
                    DialogueRules.runs(r) && DialogueRules.publishMinutes(m, now).isEmpty());
        }).toList();
        List<DialogueEvent> timeline = facts.timeline(d, r);
        List<PhaseStep> phases = DialogueRules.phaseSteps(d, timeline,
                meetings.stream().map(MeetingEntry::meeting).toList(), now);
        return new DialoguePage(d, DialogueRules.access(d, r, disclosure, now), questions, meetings,
                facts.inputs(d, r), facts.participants(d, r), timeline, phases,
                DialogueRules.questionWindow(d, now));
    }

    /**
     * Dialogues not closed that wait for the current reader, for the start page: questions to
     * answer (its agency and moderators), or, for a supplier, a dialogue to register for or to
     * ask in before its deadline. By the same rules and disclosure as the dialogue's page.
     */
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    @DisclosureChannel("dialogue.list")
    @Transactional(readOnly = true)
    public List<DialogueTask> awaitingMe(int limit) {
        Instant now = clock.instant();
        List<DialogueTask> tasks = new java.util.ArrayList<>();
        for (Dialogue d : dialogues.list(null, false, 0, 200)) {
            if (tasks.size() >= limit || d.phase() == DialoguePhase.CLOSED || !disclosure.seesDialogue(d)) {
                continue;
            }
            Reader r = facts.reader(d);
            int waiting = DialogueRules.answers(r)
                    ? (int) facts.questions(d, r).stream().filter(q -> !q.published()).count() : 0;
            DialogueAccess access = DialogueRules.access(d, r, disclosure, now);
            if (waiting > 0 || access.mayAsk() || access.mayRegister()) {
                tasks.add(new DialogueTask(d, waiting, access.mayAsk(), access.mayRegister()));
            }
        }
        return tasks;
    }
}
