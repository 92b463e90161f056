package eu.buyzet.portal.dialogue;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether and until when a dialogue takes questions, as its page and lists state it. It follows
 * the phase: once the dialogue has closed or a tender notice locked it, no page names a deadline
 * that no longer holds.
 *
 * @param at the clarification deadline (opens, open until, deadline passed), the moment a tender
 *     notice locked the dialogue (locked); null once it is closed
 */
public record QuestionWindow(State state, @Nullable Instant at) {

    public enum State {
        /** Announced: questions are taken once the dialogue opens, until the deadline. */
        OPENS,
        /** Questions are taken now, until the deadline. */
        OPEN_UNTIL,
        /** The clarification deadline has passed. */
        DEADLINE_PASSED,
        /** The dialogue is closed. */
        CLOSED,
        /** A tender notice locked it. */
        LOCKED;

        public String messageKey() {
            return "dialogue.question-window." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Questions are or will be taken until {@link #at}. */
    public boolean deadlineHolds() {
        return state == State.OPENS || state == State.OPEN_UNTIL;
    }
}
