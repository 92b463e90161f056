package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.Markdown;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published submission as the open API gives it, in its list ({@code search}) and on its own
 * ({@code submission}): one shape, so that its fields stay one contract.
 */
@Schema(name = "Submission", description = "Texts are as written: escape them when showing them; bodyHtml is sanitised")
public record SubmissionJson(long id, long forumId, @Schema(allowableValues = {"NEED", "SOLUTION", "PROPOSAL"}) String kind,
                             String title, String summary, String bodyMarkdown,
                             @Schema(description = "The body rendered from Markdown and sanitised") String bodyHtml,
                             List<String> cpvCodes, OrganisationJson organisation, String author,
                             @Nullable Instant publishedAt, @Nullable Instant updatedAt,
                             @Schema(description = "With q: the best-matching passage as plain text") @Nullable String snippet,
                             @Schema(description = "With q: the passage, escaped, matched words in <mark>")
                             @Nullable String snippetHtml,
                             @Schema(type = "object", description = "In GET /{id} only (null in lists): the declared "
                                     + "transport footprint as published, shaped like a footprint CalculationResult, "
                                     + "with computedAt, and for a solution its baseline and reduction; null when none "
                                     + "is published")
                             PublishedFootprint.@Nullable Document footprint,
                             @Schema(description = "For a solution offered from a need's page: the id of the published "
                                     + "need it answers; null otherwise, or when that need is not published")
                             @Nullable Long answersNeed) {

    @Schema(name = "Organisation")
    public record OrganisationJson(long id, String name) {
    }

    /** The submission with, from a text search, its snippet (plain and marked). */
    public static SubmissionJson of(Submission s, @Nullable String snippet, @Nullable String snippetHtml,
                                    PublishedFootprint.@Nullable Document footprint, @Nullable SubmissionId answersNeed) {
        return new SubmissionJson(s.id().value(), s.forumId().value(), s.kind().name(), s.title(), s.summary(),
                s.bodyMarkdown(), Markdown.toSafeHtml(s.bodyMarkdown()), s.cpvCodes().stream().map(CpvCode::value).toList(),
                new OrganisationJson(s.organisationId().value(), s.organisationName()), s.authorName(), s.publishedAt(),
                s.updatedAt(), snippet, snippetHtml, footprint,
                answersNeed == null ? null : answersNeed.value());
    }
}
