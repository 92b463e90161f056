package eu.buyzet.portal.dialogue;

import java.util.List;

/**
 * Everything the dialogue's page shows the current reader, and what they may do there: read once
 * by {@link DialoguePageService#page}, each part as {@link DialogueDisclosure} allows, each action
 * from the rule its service enforces. The page renders it and decides nothing.
 *
 * @param inputs the written input the reader may see (for a supplier, its own: what its form starts from)
 * @param phases the phase stepper: every phase in order, with its dates and the current one marked
 * @param questionWindow whether and until when questions are taken, following the phase
 */
public record DialoguePage(Dialogue dialogue, DialogueAccess access, List<QuestionEntry> questions,
                           List<MeetingEntry> meetings, List<DialogueInput> inputs, DialogueParticipants participants,
                           List<DialogueEvent> timeline, List<PhaseStep> phases, QuestionWindow questionWindow) {

    public DialoguePage {
        questions = List.copyOf(questions);
        meetings = List.copyOf(meetings);
        inputs = List.copyOf(inputs);
        timeline = List.copyOf(timeline);
        phases = List.copyOf(phases);
    }

    /** A question as the reader sees it, and whether they may answer and publish it now. */
    public record QuestionEntry(DialogueQuestion question, boolean mayAnswer) {
    }

    /**
     * A meeting as the reader sees it and what they may do with it.
     *
     * @param bookings who booked and who waits, for the dialogue's agency and moderators; empty otherwise
     */
    public record MeetingEntry(Meeting meeting, List<Booking> bookings, boolean mayBook, boolean mayCancelBooking,
                               boolean mayPublishMinutes) {
        public MeetingEntry {
            bookings = List.copyOf(bookings);
        }
    }
}
