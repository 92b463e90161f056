package eu.buyzet.portal.security;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.Set;

/** The signed-in member as every feature sees it, whichever way they signed in. */
public record PortalUser(MemberId memberId, String email, String displayName,
                         OrganisationId organisationId, String organisationName,
                         Set<Role> roles, String preferredLocale) {

    public PortalUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
