package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.submission.SubmissionId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a moderator enters to open a dialogue.
 *
 * @param submissionId the need or joint-purchase proposal it serves, if any
 * @param questions the questions to the market, each answered in suppliers' written input
 */
public record DialogueDetails(ForumId forumId, @Nullable SubmissionId submissionId, String title, String purpose,
                              List<String> questions, @Nullable Instant clarificationDeadline) {
    public DialogueDetails {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
