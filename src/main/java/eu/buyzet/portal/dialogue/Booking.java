package eu.buyzet.portal.dialogue;

/** An organisation that booked a meeting, or waits for a place: what the dialogue's insiders see. */
public record Booking(String organisationName, boolean waiting) {
}
