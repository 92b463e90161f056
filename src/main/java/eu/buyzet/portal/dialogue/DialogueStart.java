package eu.buyzet.portal.dialogue;

/** The current user's part in starting a market dialogue, for the step the dialogue list suggests. */
public enum DialogueStart {
    /** Moderators open one from a need or proposal in a forum they moderate. */
    OPEN_IN_A_FORUM_YOU_MODERATE,
    /** Agencies publish a need or proposal and ask the forum's moderators to open one on it. */
    ASK_THE_MODERATORS,
    /** Everyone else follows a forum to hear when one starts. */
    FOLLOW_A_FORUM
}
