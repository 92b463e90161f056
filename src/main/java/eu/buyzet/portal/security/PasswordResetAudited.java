package eu.buyzet.portal.security;

import org.jspecify.annotations.Nullable;

/**
 * A step of "forgot password", for the audit trail; it never carries the token.
 *
 * @param completed false for a request, true for a new password set through a link
 * @param subject   the address typed (request) or the member's id (completion)
 * @param member    the member the address belongs to, if it is a local account's; null otherwise
 * @param outcome   for a request: {@code mailed}, {@code no-local-account} (unknown address or a
 *                  Keycloak member) or {@code address-limit} (too many links this hour); for a
 *                  completion: {@code password-set}
 * @param client    the requester's network address
 */
public record PasswordResetAudited(boolean completed, String subject, @Nullable Long member, String outcome,
                                   @Nullable String client) {
}
