package eu.buyzet.portal.security;

import java.util.Optional;
import java.util.Set;

/**
 * What security needs to know about members, provided by the organisation feature. Security
 * defines the interface so that it does not depend on the feature that depends on it.
 */
public interface PortalUserDirectory {

    /** An active member of an active organisation, by email, ignoring case. */
    Optional<PortalUser> findActiveByEmail(String email);

    /**
     * The member behind a Keycloak sign-in: found by subject, or on the first sign-in linked by a
     * verified email. The roles Keycloak gives are recorded with the member. Empty when the
     * portal does not know the person.
     */
    Optional<PortalUser> signInWithKeycloak(String subject, String email, boolean emailVerified, Set<Role> roles);

    /**
     * Records that a person Keycloak has verified, whom the portal does not know, asks to become a
     * member; administrators then add them to their organisation.
     */
    void requestMembership(String subject, String email, String displayName);

    /** Whether the member may still be signed in: active, not suspended, organisation not blocked. */
    boolean mayStillSignIn(eu.buyzet.portal.shared.MemberId member);
}
