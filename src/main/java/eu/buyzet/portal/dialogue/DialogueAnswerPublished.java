package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;

/**
 * A question and its answer were published: every participant is to hear of it at once. It
 * carries the dialogue's title and the organisations to tell ({@link DialogueDisclosure}), and
 * nothing of the question or who asked it, so no notice or mail built from it can name the asker.
 */
public record DialogueAnswerPublished(DialogueId dialogueId, String title, List<OrganisationId> participants) {
    public DialogueAnswerPublished {
        participants = List.copyOf(participants);
    }
}
