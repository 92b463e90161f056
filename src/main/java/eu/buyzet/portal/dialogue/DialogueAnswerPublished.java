package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;

/** A question and its answer were published: every participant is to hear of it at once. */
public record DialogueAnswerPublished(DialogueId dialogueId, String title, List<OrganisationId> participants) {
    public DialogueAnswerPublished {
        participants = List.copyOf(participants);
    }
}
