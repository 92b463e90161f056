package eu.buyzet.portal.dialogue;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One phase in the dialogue's stepper, in the order the phases come.
 *
 * @param startedAt when the dialogue entered this phase; null if it has not (yet)
 * @param questionsUntil the clarification deadline, on the phases still to take questions while it holds
 * @param firstMeeting the next planned meeting, on the meetings phase while it is current or coming
 */
public record PhaseStep(DialoguePhase phase, State state, @Nullable Instant startedAt,
                        @Nullable Instant questionsUntil, @Nullable Instant firstMeeting) {

    public enum State {
        DONE, CURRENT, COMING,
        /** Passed over: a locked dialogue goes straight to closed. */
        SKIPPED;

        public String messageKey() {
            return "dialogue.step." + name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean current() {
        return state == State.CURRENT;
    }
}
