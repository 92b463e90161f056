package eu.buyzet.portal.dialogue;

import java.util.List;

/**
 * Who takes part, as the reader may see it.
 *
 * @param count how many organisations take part, for everyone who sees the dialogue
 * @param named the participants the reader may name: all of them for the dialogue's agency and
 *     moderators, the reader's own organisation for a participant, none for anyone else
 */
public record DialogueParticipants(int count, List<Participant> named) {
    public DialogueParticipants {
        named = List.copyOf(named);
    }
}
