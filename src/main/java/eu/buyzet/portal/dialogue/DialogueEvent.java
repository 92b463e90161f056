package eu.buyzet.portal.dialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a dialogue's timeline: announced, opened, question published, meeting planned, locked, closed. */
public record DialogueEvent(String step, @Nullable String detail, Instant at) {
    public String messageKey() {
        return "dialogue.event." + step;
    }
}
