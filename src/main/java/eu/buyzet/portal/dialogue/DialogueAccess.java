package eu.buyzet.portal.dialogue;

/**
 * What the reader may do and see in one dialogue, as the service decided it, so that the page
 * shows buttons and sections without deciding anything itself.
 *
 * @param participant the reader's organisation takes part
 * @param runs a moderator of the dialogue's forum (or an admin): moves phases, plans meetings, publishes minutes
 * @param answers may answer and publish questions
 * @param seesAllInput sees every supplier's written input (the dialogue's agency and its moderators)
 * @param seesWhoBooked sees who booked each meeting and who waits
 * @param seesParticipantNames sees the names of every participating organisation
 */
public record DialogueAccess(boolean participant, boolean runs, boolean answers, boolean mayRegister, boolean mayAsk,
                             boolean mayGiveInput, boolean seesAllInput, boolean seesWhoBooked,
                             boolean seesParticipantNames) {
}
