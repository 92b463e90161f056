package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.net.URI;
import java.time.ZoneId;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * A dialogue meeting as an iCalendar (RFC 5545) invitation: the reader's own slot of a
 * one-to-one meeting, or the whole meeting, in Oslo time. It prints the meeting as the reader
 * may see it ({@link DialogueDisclosure}): the online link only when it was given to them.
 */
final class MeetingInvitation {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private MeetingInvitation() {
    }

    @DisclosureChannel("dialogue.invitation-ics")
    static String of(Dialogue dialogue, Meeting m, String portalUrl, String onlineForParticipants) {
        boolean slot = m.kind() == MeetingKind.ONE_TO_ONE && m.mySeat() != null;
        var start = (slot ? m.mySlotStart() : m.startsAt()).atZone(OSLO);
        var end = slot ? start.plusMinutes(m.slotMinutes()) : m.endsAt().atZone(OSLO);
        String where = m.place() != null ? m.place() : m.onlineLink() != null ? m.onlineLink() : onlineForParticipants;
        VEvent event = new VEvent(start, end, dialogue.title() + ": " + m.title());
        event.add(new Uid("dialogue-meeting-" + m.id() + (slot ? "-slot-" + m.mySeat() : "") + "@buyzet-portal"));
        event.add(new Location(where));
        StringBuilder text = new StringBuilder(dialogue.title()).append("\n").append(portalUrl)
                .append("/dialogues/").append(dialogue.id());
        if (m.onlineLink() != null) {
            text.append("\n").append(m.onlineLink());
            event.add(new Url(URI.create(m.onlineLink())));
        }
        event.add(new Description(text.toString()));
        Calendar calendar = new Calendar().withProdId("-//BuyZET Portal//Market dialogue//EN").withDefaults()
                .withProperty(new Method("PUBLISH")).withComponent(event).getFluentTarget();
        return calendar.toString();
    }
}
