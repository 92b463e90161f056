package eu.buyzet.portal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a member should know about.
 *
 * @param kind what happened, e.g. "buyer-group-step"; with {@code detail} it names the message
 * @param subjectTitle what it happened to, as its title read at the time
 * @param link the page to open, relative to the portal
 */
public record Notification(NotificationId id, String kind, @Nullable String detail, String subjectTitle, String link,
                           Instant createdAt, @Nullable Instant readAt) {
    public boolean unread() {
        return readAt == null;
    }
}
