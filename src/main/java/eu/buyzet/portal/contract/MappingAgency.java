package eu.buyzet.portal.contract;

import eu.buyzet.portal.shared.OrganisationId;

/** An agency that has mapped contracts, and how many. */
public record MappingAgency(OrganisationId id, String name, int contracts) {
}
