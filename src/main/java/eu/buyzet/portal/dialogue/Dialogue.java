package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.submission.SubmissionId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A market dialogue in a forum.
 *
 * @param submissionTitle the title of the need or proposal it serves, as the reader may see that
 *     submission; null when it serves none or the reader may not see it (hidden, withdrawn, a draft)
 * @param lockedReason why it closed to new input by itself (the tender notice), null if it did not
 */
public record Dialogue(DialogueId id, ForumId forumId, String forumTitleNb, String forumTitleEn,
                       @Nullable SubmissionId submissionId, @Nullable String submissionTitle, String title,
                       String purpose, List<String> questions, DialoguePhase phase, Instant clarificationDeadline,
                       @Nullable String lockedReason, @Nullable Instant lockedAt, Instant createdAt, int version) {
    public Dialogue {
        questions = List.copyOf(questions);
    }

    /** The same dialogue with the title of the need it serves as a reader sees it (null: not for them). */
    Dialogue withSubmissionTitle(@Nullable String title) {
        return new Dialogue(id, forumId, forumTitleNb, forumTitleEn, submissionId, title, this.title, purpose, questions,
                phase, clarificationDeadline, lockedReason, lockedAt, createdAt, version);
    }

    public boolean locked() {
        return lockedAt != null;
    }

    /** Whether a supplier may ask now: open phase, before the clarification deadline, not locked. */
    public boolean takesQuestions(Instant now) {
        return !locked() && phase.takesInput() && now.isBefore(clarificationDeadline);
    }

    /** Whether and until when it takes questions at {@code now}, as pages and lists state it. */
    public QuestionWindow questionWindow(Instant now) {
        return DialogueRules.questionWindow(this, now);
    }

    public boolean takesInput() {
        return !locked() && phase.takesInput();
    }

    /** The forum's title in the reader's language, or in the other where it has only one. */
    public String forumTitle(java.util.Locale locale) {
        return eu.buyzet.portal.forum.Forum.pick(locale, forumTitleNb, forumTitleEn);
    }
}
