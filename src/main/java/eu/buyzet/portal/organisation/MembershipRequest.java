package eu.buyzet.portal.organisation;

import java.time.Instant;

/** Someone signed in through Keycloak whom the portal does not know yet. */
public record MembershipRequest(MembershipRequestId id, String email, String displayName, Instant createdAt) {
}
