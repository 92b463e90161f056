package eu.buyzet.portal.dialogue;

import java.util.Locale;

/** Announced → open for questions and input → meetings → closed. */
public enum DialoguePhase {
    ANNOUNCED, OPEN, MEETINGS, CLOSED;

    public DialoguePhase next() {
        return this == CLOSED ? CLOSED : values()[ordinal() + 1];
    }

    /** Suppliers ask and give written input while the dialogue is open and during the meetings. */
    public boolean takesInput() {
        return this == OPEN || this == MEETINGS;
    }

    public String messageKey() {
        return "dialogue.phase." + name().toLowerCase(Locale.ROOT);
    }
}
