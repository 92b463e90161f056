package eu.buyzet.portal.dialogue;

import static eu.buyzet.portal.dialogue.DialogueRules.strip;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.DialogueFacts.Located;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.BookingRow;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ValidationException;
import java.net.URI;
import java.time.Clock;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dialogue's meetings: the forum's moderators plan them and publish minutes; participants book
 * a seat (for one-to-one meetings a slot, all of the same length, offered to every supplier alike)
 * or wait, and the first waiting takes a freed seat.
 */
@Service
public class DialogueMeetingService {

    static final int MAX_MINUTES = 10000;

    private final DialogueRepository dialogues;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final DialogueFacts facts;
    private final DialogueSteps steps;
    private final Clock clock;

    DialogueMeetingService(DialogueRepository dialogues, CurrentUser currentUser, AuditTrail audit,
                           DialogueFacts facts, DialogueSteps steps, Optional<Clock> clock) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
        this.audit = audit;
        this.facts = facts;
        this.steps = steps;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Meeting addMeeting(Dialogue dialogue, MeetingDetails m) {
        Dialogue d = facts.visible(dialogue.id());
        Reader r = facts.reader(d);
        requireRuns(d, r);
        DialogueRules.enforce(DialogueRules.planMeeting(d));
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(m.title());
        String place = strip(m.place());
        String link = strip(m.onlineLink());
        if (m.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (title.isEmpty()) {
            errors.put("title", "validation.required");
        } else if (title.length() > 200) {
            errors.put("title", "validation.too-long");
        }
        if (m.startsAt() == null) {
            errors.put("startsAt", "validation.required");
        } else if (!m.startsAt().isAfter(clock.instant())) {
            errors.put("startsAt", "validation.dialogue.meeting-in-past");
        }
        if (m.slotMinutes() == null || m.slotMinutes() < 5 || m.slotMinutes() > 480) {
            errors.put("slotMinutes", "validation.dialogue.slot-minutes");
        }
        if (m.capacity() == null || m.capacity() < 1 || m.capacity() > 1000) {
            errors.put("capacity", "validation.dialogue.capacity");
        }
        if (place.isEmpty() && link.isEmpty()) {
            errors.put("place", "validation.dialogue.place-or-link");
        }
        if (!link.isEmpty() && !isHttps(link)) {
            errors.put("onlineLink", "validation.dialogue.https-link");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long meetingId = dialogues.addMeeting(d.id(), new MeetingDetails(m.kind(), title, m.startsAt(), m.slotMinutes(),
                m.capacity(), place.isEmpty() ? null : place, link.isEmpty() ? null : link), currentUser.require().memberId());
        steps.record(d.id(), "meeting-planned", title, Map.of("meeting", meetingId, "kind", m.kind().name()));
        return facts.meetingNow(r, meetingId);
    }

    /**
     * A participant books a place: the first free seat (for one-to-one meetings, the first free
     * slot, all of the same length), or a place on the waiting list when it is full.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public Meeting book(Meeting meeting) {
        PortalUser user = currentUser.require();
        Located at = facts.meeting(meeting.id());
        Reader r = facts.reader(at.dialogue());
        long meetingId = at.row().id();
        dialogues.lockMeeting(meetingId);
        List<BookingRow> bookings = dialogues.bookings(meetingId);
        DialogueRules.enforce(DialogueRules.book(at.dialogue(), r, facts.meeting(r, at.row(), bookings),
                clock.instant()));
        BitSet taken = new BitSet();
        bookings.stream().filter(b -> b.seat() != null).forEach(b -> taken.set(b.seat()));
        int free = taken.nextClearBit(0);
        dialogues.book(meetingId, user.organisationId(), free < at.row().capacity() ? free : null, user.memberId());
        audit.record("market-dialogue.meeting-booked", "dialogue", at.dialogue().id(), Map.of("meeting", meetingId,
                "organisation", user.organisationId().value(), "waiting", free >= at.row().capacity()));
        return facts.meetingNow(r, meetingId);
    }

    /** Gives up a booking before the meeting begins; the first on the waiting list takes the freed seat. */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public Meeting cancelBooking(Meeting meeting) {
        PortalUser user = currentUser.require();
        Located at = facts.meeting(meeting.id());
        Reader r = facts.reader(at.dialogue());
        long meetingId = at.row().id();
        dialogues.lockMeeting(meetingId);
        List<BookingRow> bookings = dialogues.bookings(meetingId);
        Meeting current = facts.meeting(r, at.row(), bookings);
        DialogueRules.enforce(DialogueRules.cancelBooking(at.dialogue(), current, clock.instant()));
        dialogues.cancelBooking(meetingId, user.organisationId());
        Integer freed = current.mySeat();
        if (freed != null) {
            dialogues.bookings(meetingId).stream().filter(b -> b.seat() == null).findFirst()
                    .ifPresent(next -> dialogues.giveSeat(meetingId, next.organisationId(), freed));
        }
        audit.record("market-dialogue.meeting-cancelled", "dialogue", at.dialogue().id(), Map.of("meeting", meetingId,
                "organisation", user.organisationId().value()));
        return facts.meetingNow(r, meetingId);
    }

    /** Minutes reach every participant once the meeting has begun. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Meeting publishMinutes(Meeting meeting, String minutes) {
        Located at = facts.meeting(meeting.id());
        Reader r = facts.reader(at.dialogue());
        requireRuns(at.dialogue(), r);
        long meetingId = at.row().id();
        DialogueRules.enforce(DialogueRules.publishMinutes(facts.meetingNow(r, meetingId), clock.instant()));
        String text = strip(minutes);
        if (text.isEmpty()) {
            throw ValidationException.of("minutes", "validation.required");
        }
        if (text.length() > MAX_MINUTES) {
            throw ValidationException.of("minutes", "validation.too-long");
        }
        dialogues.publishMinutes(meetingId, text);
        steps.record(at.dialogue().id(), "minutes-published", at.row().title(), Map.of("meeting", meetingId));
        return facts.meetingNow(r, meetingId);
    }

    private static void requireRuns(Dialogue d, Reader r) {
        if (!DialogueRules.runs(r)) {
            throw new AccessDeniedException("Only the forum's moderators run dialogue " + d.id());
        }
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
