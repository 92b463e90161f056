package eu.buyzet.portal.dialogue;

import static eu.buyzet.portal.dialogue.DialogueRulesTest.NOW;
import static eu.buyzet.portal.dialogue.DialogueRulesTest.dialogue;
import static eu.buyzet.portal.dialogue.DialogueRulesTest.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.dialogue.PhaseStep.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phase stepper and the question deadline the page states: both follow the phase. */
class DialoguePhaseStepsTest {

    static final Instant DEADLINE = NOW.plus(Duration.ofDays(7));
    static final Instant OPENED = NOW.minus(Duration.ofMinutes(30));
    static final Instant CLOSED = NOW.minus(Duration.ofMinutes(5));

    static final DialogueEvent OPEN_EVENT = new DialogueEvent("phase-open", null, OPENED);
    static final DialogueEvent CLOSED_EVENT = new DialogueEvent("phase-closed", null, CLOSED);

    @Test
    void an_announced_dialogue_says_questions_come_when_it_opens_until_the_deadline() {
        Dialogue d = dialogue(DialoguePhase.ANNOUNCED, DEADLINE, false, List.of());
        assertThat(DialogueRules.questionWindow(d, NOW)).isEqualTo(new QuestionWindow(QuestionWindow.State.OPENS,
                DEADLINE));
        List<PhaseStep> steps = DialogueRules.phaseSteps(d, List.of(), List.of(), NOW);
        assertThat(steps).extracting(PhaseStep::phase).containsExactly(DialoguePhase.values());
        assertThat(steps).extracting(PhaseStep::state)
                .containsExactly(State.CURRENT, State.COMING, State.COMING, State.COMING);
        assertThat(steps.getFirst().startedAt()).isEqualTo(d.createdAt());
        assertThat(steps.get(1).questionsUntil()).isEqualTo(DEADLINE);
        assertThat(steps.get(1).startedAt()).isNull();
    }

    @Test
    void an_open_dialogue_marks_when_it_opened_and_names_the_deadline_and_the_next_meeting() {
        Dialogue d = dialogue(DialoguePhase.OPEN, DEADLINE, false, List.of());
        Instant meetingAt = NOW.plus(Duration.ofDays(3));
        List<PhaseStep> steps = DialogueRules.phaseSteps(d, List.of(OPEN_EVENT),
                List.of(meeting(NOW.minus(Duration.ofDays(1)), false), meeting(meetingAt, false)), NOW);
        assertThat(steps).extracting(PhaseStep::state)
                .containsExactly(State.DONE, State.CURRENT, State.COMING, State.COMING);
        assertThat(steps.get(1).startedAt()).isEqualTo(OPENED);
        assertThat(steps.get(1).current()).isTrue();
        assertThat(steps.get(1).questionsUntil()).isEqualTo(DEADLINE);
        assertThat(steps.get(2).firstMeeting()).as("the meeting already held is not the next").isEqualTo(meetingAt);
        assertThat(DialogueRules.questionWindow(d, NOW).state()).isEqualTo(QuestionWindow.State.OPEN_UNTIL);
    }

    @Test
    void a_dialogue_closed_before_its_deadline_names_no_deadline_any_more() {
        Dialogue d = dialogue(DialoguePhase.CLOSED, DEADLINE, false, List.of());
        assertThat(DialogueRules.questionWindow(d, NOW)).isEqualTo(new QuestionWindow(QuestionWindow.State.CLOSED,
                null));
        List<PhaseStep> steps = DialogueRules.phaseSteps(d, List.of(OPEN_EVENT, CLOSED_EVENT), List.of(), NOW);
        assertThat(steps).extracting(PhaseStep::state)
                .containsExactly(State.DONE, State.DONE, State.SKIPPED, State.CURRENT);
        assertThat(steps).extracting(PhaseStep::questionsUntil).containsOnlyNulls();
        assertThat(steps.get(3).startedAt()).isEqualTo(CLOSED);
    }

    @Test
    void once_the_deadline_has_passed_the_page_says_so_and_no_phase_offers_questions() {
        Dialogue d = dialogue(DialoguePhase.MEETINGS, NOW.minusSeconds(1), false, List.of());
        assertThat(DialogueRules.questionWindow(d, NOW).state()).isEqualTo(QuestionWindow.State.DEADLINE_PASSED);
        assertThat(DialogueRules.phaseSteps(d, List.of(OPEN_EVENT), List.of(), NOW))
                .extracting(PhaseStep::questionsUntil).containsOnlyNulls();
    }

    @Test
    void a_locked_dialogue_states_the_lock_and_skips_the_meetings_it_will_not_hold() {
        Dialogue d = dialogue(DialoguePhase.OPEN, DEADLINE, true, List.of());
        assertThat(DialogueRules.questionWindow(d, NOW)).isEqualTo(new QuestionWindow(QuestionWindow.State.LOCKED,
                d.lockedAt()));
        assertThat(DialogueRules.phaseSteps(d, List.of(OPEN_EVENT), List.of(), NOW)).extracting(PhaseStep::state)
                .containsExactly(State.DONE, State.CURRENT, State.SKIPPED, State.COMING);
    }
}
