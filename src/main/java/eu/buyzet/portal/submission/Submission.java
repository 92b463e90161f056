package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A need, solution or joint-purchase proposal in a forum. The declared transport footprint is
 * added by the footprint feature, which keys its declarations by {@link SubmissionId}.
 */
public record Submission(SubmissionId id, ForumId forumId, SubmissionKind kind, String title, String summary,
                         String bodyMarkdown, List<CpvCode> cpvCodes, SubmissionStatus status, boolean hidden,
                         @Nullable String hiddenReason, MemberId authorId, String authorName,
                         OrganisationId organisationId, String organisationName, Instant createdAt,
                         @Nullable Instant publishedAt, Instant updatedAt,
                         int version) {
    public Submission {
        cpvCodes = List.copyOf(cpvCodes);
    }
}
