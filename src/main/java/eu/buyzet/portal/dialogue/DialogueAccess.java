package eu.buyzet.portal.dialogue;

import org.jspecify.annotations.Nullable;

/**
 * What the reader may do and see in one dialogue, computed by the service from the same rules it
 * enforces ({@code DialogueRules}) and the disclosure policy, so that the page shows buttons and
 * sections without deciding anything itself.
 *
 * @param participant the reader's organisation takes part
 * @param runs a moderator of the dialogue's forum (or an admin): moves phases, plans meetings, publishes minutes
 * @param answers may answer and publish questions
 * @param mayRegister a supplier that does not take part yet may register now
 * @param mayAsk may ask a question now
 * @param mayGiveInput may give written input now
 * @param seesAllInput sees every supplier's written input (the dialogue's agency and its moderators)
 * @param seesWhoBooked sees who booked each meeting and who waits
 * @param seesParticipantNames sees the names of every participating organisation
 * @param nextPhase the phase the reader may move the dialogue to now; null if they may not move it
 * @param mayPlanMeeting may plan a meeting now
 */
public record DialogueAccess(boolean participant, boolean runs, boolean answers, boolean mayRegister, boolean mayAsk,
                             boolean mayGiveInput, boolean seesAllInput, boolean seesWhoBooked,
                             boolean seesParticipantNames, @Nullable DialoguePhase nextPhase, boolean mayPlanMeeting) {

    public boolean mayAdvance() {
        return nextPhase != null;
    }
}
