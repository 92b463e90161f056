package eu.buyzet.portal.dialogue;

public record DialogueId(long value) {
    public static DialogueId of(long value) {
        return new DialogueId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
