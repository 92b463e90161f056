package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.OrganisationId;

/** A supplier confirmed its sign-up; moderators are asked to verify its organisation. */
public record OrganisationAwaitingVerification(OrganisationId organisation, String name) {
}
