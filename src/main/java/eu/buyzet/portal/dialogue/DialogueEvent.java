package eu.buyzet.portal.dialogue;

import java.time.Instant;

/** One entry of a dialogue's timeline: announced, opened, question published, meeting planned, locked, closed. */
public record DialogueEvent(String step, String detail, Instant at) {
    public String messageKey() {
        return "dialogue.event." + step;
    }
}
