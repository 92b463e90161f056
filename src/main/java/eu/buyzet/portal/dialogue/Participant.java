package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;

public record Participant(OrganisationId organisationId, String name, Instant registeredAt) {
}
