package eu.buyzet.portal.dialogue;

import java.time.Instant;

/**
 * A meeting as a moderator plans it. For one-to-one meetings the capacity is the number of
 * slots, one after the other, each {@code slotMinutes} long; a plenary lasts {@code slotMinutes}.
 */
public record MeetingDetails(MeetingKind kind, String title, Instant startsAt, Integer slotMinutes, Integer capacity,
                             String place, String onlineLink) {
}
