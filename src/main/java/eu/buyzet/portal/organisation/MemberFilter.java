package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.OrganisationId;

/** Filters for the member list; null means "any". */
public record MemberFilter(String text, OrganisationId organisationId) {
    public static final MemberFilter ANY = new MemberFilter(null, null);
}
