package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.ForumId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an author writes; CPV codes as typed. The service validates. */
public record SubmissionDraft(@Nullable ForumId forumId, SubmissionKind kind, String title, String summary, String bodyMarkdown,
                              List<String> cpvCodes) {
    public SubmissionDraft {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
    }
}
