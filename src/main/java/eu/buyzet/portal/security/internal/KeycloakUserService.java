package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.security.PortalPrincipal;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.PortalUserDirectory;
import eu.buyzet.portal.security.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a Keycloak sign-in into a portal member. Realm roles (in the ID token's
 * {@code realm_access.roles}, put there by the realm's protocol mapper) become authorities.
 */
public class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    public static final String UNKNOWN_MEMBER = "unknown_member";
    public static final String MEMBERSHIP_PENDING = "membership_pending";

    private final OidcUserService delegate = new OidcUserService();
    private final PortalUserDirectory directory;

    public KeycloakUserService(PortalUserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        Set<Role> roles = realmRoles(oidc.getClaims());
        boolean verified = Boolean.TRUE.equals(oidc.getEmailVerified());
        PortalUser user = directory.signInWithKeycloak(oidc.getSubject(), oidc.getEmail(), verified, roles)
                .orElse(null);
        if (user == null) {
            if (verified && oidc.getEmail() != null) {
                String name = oidc.getFullName() == null || oidc.getFullName().isBlank() ? oidc.getEmail() : oidc.getFullName();
                directory.requestMembership(oidc.getSubject(), oidc.getEmail(), name);
                throw new OAuth2AuthenticationException(
                        new OAuth2Error(MEMBERSHIP_PENDING, "Membership requested for this account", null));
            }
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(UNKNOWN_MEMBER, "No portal member for this account", null));
        }
        return new KeycloakPrincipal(LocalUserDetailsService.authorities(user), oidc, user);
    }

    static Set<Role> realmRoles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
            }
        }
        return roles;
    }

    static final class KeycloakPrincipal extends DefaultOidcUser implements PortalPrincipal {
        private final PortalUser portalUser;

        KeycloakPrincipal(Collection<? extends GrantedAuthority> authorities, OidcUser oidc, PortalUser user) {
            super(authorities, oidc.getIdToken(), oidc.getUserInfo(), "preferred_username");
            this.portalUser = user;
        }

        @Override
        public PortalUser portalUser() {
            return portalUser;
        }
    }
}
