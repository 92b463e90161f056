package eu.buyzet.portal.moderation;

import eu.buyzet.portal.shared.MemberId;
import java.util.Set;

/** Flags on this content have waited longer than the limit; its forum's moderators are alerted. */
public record FlagsWaiting(FlagTarget target, String title, Set<MemberId> moderators, long hours) {
}
