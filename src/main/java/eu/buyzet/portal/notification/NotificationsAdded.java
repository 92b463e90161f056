package eu.buyzet.portal.notification;

import eu.buyzet.portal.shared.MemberId;
import java.util.Set;

/** Members got new notifications; once committed, their open bells update. */
public record NotificationsAdded(Set<MemberId> members) {
}
