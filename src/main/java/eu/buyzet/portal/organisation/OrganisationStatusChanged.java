package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.OrganisationId;

/** An organisation was verified, blocked or unblocked; its members are told. */
public record OrganisationStatusChanged(OrganisationId organisation, String name, OrganisationStatus before,
                                        OrganisationStatus after, String reason) {
}
