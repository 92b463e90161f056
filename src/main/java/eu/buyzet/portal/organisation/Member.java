package eu.buyzet.portal.organisation;

import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.Set;

/** A person acting for an organisation, signed in locally or through Keycloak. */
public record Member(MemberId id, String email, String displayName, OrganisationId organisationId,
                     String organisationName, Set<Role> roles, boolean linkedToKeycloak, boolean active,
                     int version) {
    public Member {
        roles = Set.copyOf(roles);
    }
}
