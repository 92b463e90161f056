package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;

/** An organisation that marked interest, and who in it did so. */
public record InterestedOrganisation(OrganisationId organisationId, String organisationName, String memberName,
                                     Instant markedAt) {
}
