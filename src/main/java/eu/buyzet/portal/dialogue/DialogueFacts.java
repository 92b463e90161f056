package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.BookingRow;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.MeetingRow;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A dialogue's facts as one reader may see them, for every service that hands them out: the page,
 * the report, the calendar invitation and the steps that answer with what they changed. Each asks
 * {@link DialogueDisclosure}; nothing here decides again. Not a service: it checks no caller, so it
 * is only reached through the services, which find the dialogue for the current reader first.
 */
@Component
class DialogueFacts {

    private final DialogueRepository dialogues;
    private final DialogueDisclosure disclosure;

    DialogueFacts(DialogueRepository dialogues, DialogueDisclosure disclosure) {
        this.dialogues = dialogues;
        this.disclosure = disclosure;
    }

    /** The dialogue, if the current reader may see its forum; otherwise it does not exist for them. */
    Dialogue visible(DialogueId id) {
        return dialogues.find(id).filter(disclosure::seesDialogue).map(disclosure::withNeed)
                .orElseThrow(() -> new NotFoundException("Dialogue " + id));
    }

    /** A meeting of a dialogue the current reader may see. */
    record Located(Dialogue dialogue, MeetingRow row) {
    }

    Located meeting(long meetingId) {
        MeetingRow row = dialogues.meeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        return new Located(visible(row.dialogueId()), row);
    }

    Reader reader(Dialogue d) {
        return disclosure.reader(d);
    }

    /**
     * Questions as the reader may see them: the dialogue's agency and moderators see every question
     * with its original wording and asker; a supplier sees the published ones and its own pending
     * ones, never another supplier's name; everyone else sees the published ones.
     */
    @DisclosureChannel("dialogue.questions")
    List<DialogueQuestion> questions(Dialogue d, Reader r) {
        return dialogues.questions(d.id()).stream().flatMap(q -> disclosure.question(r, q).stream()).toList();
    }

    /**
     * Written input the reader may see: the dialogue's agency and moderators all of it,
     * confidential parts included; a supplier only its own; no one else any.
     */
    @DisclosureChannel("dialogue.inputs")
    List<DialogueInput> inputs(Dialogue d, Reader r) {
        return dialogues.inputs(d.id(), null).stream().filter(i -> disclosure.seesInput(r, i)).toList();
    }

    /** How many take part, for everyone; their names for the dialogue's agency and moderators. */
    @DisclosureChannel("dialogue.participants")
    DialogueParticipants participants(Dialogue d, Reader r) {
        List<Participant> all = dialogues.participants(d.id());
        return new DialogueParticipants(all.size(), disclosure.participants(r, all));
    }

    @DisclosureChannel("dialogue.meetings")
    List<Meeting> meetings(Dialogue d, Reader r) {
        return dialogues.meetings(d.id()).stream().map(m -> meeting(r, m, dialogues.bookings(m.id()))).toList();
    }

    /** The meeting as it is now, as the reader may see it. */
    @DisclosureChannel("dialogue.meetings")
    Meeting meeting(Reader r, MeetingRow row, List<BookingRow> bookings) {
        return disclosure.meeting(r, row, bookings);
    }

    /** The meeting as it is now, after a step changed it, as the reader may see it. */
    Meeting meetingNow(Reader r, long meetingId) {
        return meeting(r, dialogues.meeting(meetingId).orElseThrow(), dialogues.bookings(meetingId));
    }

    /** Who booked a meeting and who waits: for the dialogue's agency and moderators; nobody for anyone else. */
    @DisclosureChannel("dialogue.bookings")
    List<Booking> bookings(Reader r, List<BookingRow> bookings) {
        if (!disclosure.seesWhoBooked(r)) {
            return List.of();
        }
        return bookings.stream().map(b -> new Booking(b.organisationName(), b.seat() == null)).toList();
    }

    @DisclosureChannel("dialogue.timeline")
    List<DialogueEvent> timeline(Dialogue d, Reader r) {
        return dialogues.events(d.id()).stream().map(e -> disclosure.event(r, e)).toList();
    }
}
