package eu.buyzet.portal.dialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question and, once published, its answer, as the reader may see it ({@link DialogueDisclosure}).
 * Other suppliers never see who asked; the asking organisation sees its own question, and the
 * dialogue's agency and moderators see the original wording and the asker.
 *
 * @param text the published wording, or (for the asker and insiders) the original while pending
 * @param originalText the wording as asked; null for readers who may not see it
 * @param askerName the asking organisation; null for suppliers and the public
 * @param askedAt when it was asked; null for readers who may not see the original, as the time
 *     could point to the asker
 */
public record DialogueQuestion(long id, String text, @Nullable String originalText, @Nullable String answer,
                               @Nullable String askerName, boolean mine, @Nullable Instant askedAt,
                               @Nullable Instant publishedAt, int version) {
    public boolean published() {
        return publishedAt != null;
    }
}
