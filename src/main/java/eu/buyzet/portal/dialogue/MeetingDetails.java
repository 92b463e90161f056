package eu.buyzet.portal.dialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as a moderator plans it. For one-to-one meetings the capacity is the number of
 * slots, one after the other, each {@code slotMinutes} long; a plenary lasts {@code slotMinutes}.
 */
public record MeetingDetails(MeetingKind kind, String title, @Nullable Instant startsAt, @Nullable Integer slotMinutes,
                             @Nullable Integer capacity, @Nullable String place, @Nullable String onlineLink) {
}
