package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A supplier's answer to one of the dialogue's questions. */
public record DialogueInput(OrganisationId organisationId, String organisationName, int questionIndex, String answer,
                            boolean confidential, @Nullable Instant submittedAt) {

    /** When these answers were last saved, for saving over them; null when there are none. */
    public static @Nullable Instant savedAt(java.util.List<DialogueInput> answers) {
        return answers.stream().map(DialogueInput::submittedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }
}
