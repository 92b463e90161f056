package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A supplier's answer to one of the dialogue's questions. */
public record DialogueInput(OrganisationId organisationId, String organisationName, int questionIndex, String answer,
                            boolean confidential, @Nullable Instant submittedAt) {
}
