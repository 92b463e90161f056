package eu.buyzet.portal.organisation;

import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a member. */
public record MemberDetails(String email, String displayName, @Nullable OrganisationId organisationId, Set<Role> roles,
                            boolean active) {
    public MemberDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
