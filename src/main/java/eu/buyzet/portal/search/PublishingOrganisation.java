package eu.buyzet.portal.search;

import eu.buyzet.portal.shared.OrganisationId;

/** An organisation with published submissions, as the organisation filter offers it. */
public record PublishingOrganisation(OrganisationId id, String name) {
}
