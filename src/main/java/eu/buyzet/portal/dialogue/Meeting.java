package eu.buyzet.portal.dialogue;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A dialogue meeting with how full it is.
 *
 * @param mySeat the reader's organisation's place: its slot number (from 0) or seat, null if it
 *     waits or has not booked; see {@code myBooking}
 */
public record Meeting(long id, DialogueId dialogueId, MeetingKind kind, String title, Instant startsAt,
                      int slotMinutes, int capacity, @Nullable String place, @Nullable String onlineLink,
                      @Nullable String minutes, @Nullable Instant minutesPublishedAt, int booked, int waiting,
                      boolean myBooking, @Nullable Integer mySeat) {

    public Instant endsAt() {
        return kind == MeetingKind.ONE_TO_ONE ? startsAt.plus(Duration.ofMinutes((long) slotMinutes * capacity))
                : startsAt.plus(Duration.ofMinutes(slotMinutes));
    }

    /** When the reader's slot starts, for a one-to-one meeting it has a slot in. */
    public Instant mySlotStart() {
        return kind == MeetingKind.ONE_TO_ONE && mySeat != null
                ? startsAt.plus(Duration.ofMinutes((long) slotMinutes * mySeat)) : startsAt;
    }

    public boolean waitingListed() {
        return myBooking && mySeat == null;
    }
}
