package eu.buyzet.portal.organisation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member's access as a moderator may act on it.
 *
 * @param suspendedUntil when the member's suspension ends; null when they are not suspended
 * @param mayChange the current moderator may suspend the member, or lift their suspension: not
 *     themselves, and a moderator or admin only when the current user is an admin
 */
public record MemberAccess(@Nullable Instant suspendedUntil, boolean mayChange) {
}
