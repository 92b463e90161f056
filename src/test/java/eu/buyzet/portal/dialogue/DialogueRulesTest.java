package eu.buyzet.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.dialogue.DialogueDisclosure.Agency;
import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.DialogueRules.Refusal;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the services enforce and the page is told, one by one, with the reason each gives. */
class DialogueRulesTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final OrganisationId SUPPLIER_ORG = OrganisationId.of(7);
    static final Reader PARTICIPANT = new Reader(SUPPLIER_ORG, true, true, Agency.NONE, false);
    static final Reader OUTSIDER = new Reader(SUPPLIER_ORG, true, false, Agency.NONE, false);
    static final Reader MODERATOR = new Reader(OrganisationId.of(1), false, false, Agency.NONE, true);

    static Dialogue dialogue(DialoguePhase phase, Instant deadline, boolean locked, List<String> questions) {
        return new Dialogue(DialogueId.of(1), ForumId.of(1), "", "", null, null, "t", "p", questions, phase, deadline,
                locked ? "Tender notice" : null, locked ? NOW.minusSeconds(60) : null, NOW.minusSeconds(3600), 0);
    }

    static Meeting meeting(Instant startsAt, boolean mine) {
        return new Meeting(1, DialogueId.of(1), MeetingKind.PLENARY, "m", startsAt, 60, 10, "Sted", null, null, null, 1,
                0, mine, mine ? 0 : null);
    }

    static Dialogue open() {
        return dialogue(DialoguePhase.OPEN, NOW.plus(Duration.ofDays(1)), false, List.of("Spørsmål"));
    }

    @Test
    void a_participant_asks_only_while_open_before_the_deadline_and_unlocked() {
        assertThat(DialogueRules.ask(open(), PARTICIPANT, NOW)).isEmpty();
        assertThat(DialogueRules.ask(open(), OUTSIDER, NOW)).contains(new Refusal("dialogue",
                "validation.dialogue.register-first"));
        assertThat(DialogueRules.ask(dialogue(DialoguePhase.OPEN, NOW, false, List.of()), PARTICIPANT, NOW))
                .contains(new Refusal("question", "validation.dialogue.deadline-passed"));
        assertThat(DialogueRules.ask(dialogue(DialoguePhase.MEETINGS, NOW.plusSeconds(60), true, List.of()),
                PARTICIPANT, NOW)).contains(new Refusal("question", "validation.dialogue.locked"));
        assertThat(DialogueRules.ask(dialogue(DialoguePhase.ANNOUNCED, NOW.plusSeconds(60), false, List.of()),
                PARTICIPANT, NOW)).contains(new Refusal("question", "validation.dialogue.not-open"));
    }

    @Test
    void written_input_needs_questions_to_answer_and_an_unlocked_open_dialogue() {
        assertThat(DialogueRules.giveInput(open(), PARTICIPANT)).isEmpty();
        assertThat(DialogueRules.giveInput(dialogue(DialoguePhase.OPEN, NOW.plusSeconds(60), false, List.of()),
                PARTICIPANT)).contains(new Refusal("answers", "validation.dialogue.no-such-question"));
        assertThat(DialogueRules.giveInput(dialogue(DialoguePhase.OPEN, NOW.minusSeconds(60), true, List.of("q")),
                PARTICIPANT)).contains(new Refusal("input", "validation.dialogue.locked"));
    }

    @Test
    void a_meeting_is_booked_once_and_given_up_only_before_it_begins() {
        Meeting upcoming = meeting(NOW.plusSeconds(3600), false);
        assertThat(DialogueRules.book(open(), PARTICIPANT, upcoming, NOW)).isEmpty();
        assertThat(DialogueRules.book(open(), PARTICIPANT, meeting(NOW.plusSeconds(3600), true), NOW))
                .contains(new Refusal("meeting", "validation.dialogue.already-booked"));
        assertThat(DialogueRules.book(open(), PARTICIPANT, meeting(NOW.minusSeconds(1), false), NOW))
                .contains(new Refusal("meeting", "validation.dialogue.meeting-closed"));
        assertThat(DialogueRules.cancelBooking(open(), upcoming, NOW))
                .contains(new Refusal("meeting", "validation.dialogue.not-booked"));
        assertThat(DialogueRules.cancelBooking(open(), meeting(NOW.plusSeconds(3600), true), NOW)).isEmpty();
        assertThat(DialogueRules.cancelBooking(dialogue(DialoguePhase.CLOSED, NOW, false, List.of()),
                meeting(NOW.plusSeconds(3600), true), NOW))
                .contains(new Refusal("meeting", "validation.dialogue.meeting-closed"));
    }

    @Test
    void a_locked_dialogue_can_only_close_and_a_closed_one_not_move_at_all() {
        assertThat(DialogueRules.next(dialogue(DialoguePhase.OPEN, NOW, true, List.of()))).isEqualTo(DialoguePhase.CLOSED);
        assertThat(DialogueRules.next(open())).isEqualTo(DialoguePhase.MEETINGS);
        assertThat(DialogueRules.advance(dialogue(DialoguePhase.CLOSED, NOW, false, List.of())))
                .contains(new Refusal("phase", "validation.dialogue.closed"));
        assertThat(DialogueRules.runs(MODERATOR)).isTrue();
        assertThat(DialogueRules.runs(PARTICIPANT)).isFalse();
    }
}
