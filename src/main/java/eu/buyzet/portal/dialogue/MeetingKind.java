package eu.buyzet.portal.dialogue;

import java.util.Locale;

/** A plenary for all, or one-to-one slots of the same length offered to every supplier alike. */
public enum MeetingKind {
    PLENARY, ONE_TO_ONE;

    public String messageKey() {
        return "dialogue.meeting-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
