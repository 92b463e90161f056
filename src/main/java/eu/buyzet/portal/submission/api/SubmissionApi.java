package eu.buyzet.portal.submission.api;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.Markdown;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.api.ApiPage;
import eu.buyzet.portal.shared.api.InvalidParameterException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.PublishedFootprint;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionFilter;
import eu.buyzet.portal.submission.SubmissionHit;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open read API for submissions: published content of public forums only. */
@RestController
@RequestMapping(path = "/api/v1/submissions", produces = "application/json")
@Tag(name = "Submissions", description = "Published needs, solutions and joint-purchase proposals of public forums")
class SubmissionApi {

    private final SubmissionService submissions;
    private final List<PublishedFootprint> footprints;

    SubmissionApi(SubmissionService submissions, List<PublishedFootprint> footprints) {
        this.submissions = submissions;
        this.footprints = footprints;
    }

    @Schema(name = "Organisation")
    record OrganisationJson(long id, String name) {
    }

    @Schema(name = "Submission", description = "Texts are as written: escape them when showing them; bodyHtml is sanitised")
    record SubmissionJson(long id, long forumId, @Schema(allowableValues = {"NEED", "SOLUTION", "PROPOSAL"}) String kind,
                          String title, String summary, String bodyMarkdown,
                          @Schema(description = "The body rendered from Markdown and sanitised") String bodyHtml,
                          List<String> cpvCodes, OrganisationJson organisation, String author, Instant publishedAt,
                          Instant updatedAt,
                          @Schema(description = "With q: the best-matching passage as plain text") String snippet,
                          @Schema(description = "With q: the passage, escaped, matched words in <mark>") String snippetHtml,
                          @Schema(description = "In GET /{id} only (null in lists): the declared transport footprint as "
                                  + "published, shaped like a footprint CalculationResult, with computedAt, and for a "
                                  + "solution its baseline and reduction; null when none is published")
                          Object footprint) {

        static SubmissionJson of(Submission s, SubmissionHit hit, Object footprint) {
            return new SubmissionJson(s.id().value(), s.forumId().value(), s.kind().name(), s.title(), s.summary(),
                    s.bodyMarkdown(), Markdown.toSafeHtml(s.bodyMarkdown()), s.cpvCodes().stream().map(CpvCode::value).toList(),
                    new OrganisationJson(s.organisationId().value(), s.organisationName()), s.authorName(), s.publishedAt(),
                    s.updatedAt(), hit == null ? null : hit.snippetText(), hit == null ? null : hit.snippetHtml(), footprint);
        }
    }

    @DisclosureChannel("submission.api-list")
    @GetMapping
    @Operation(summary = "List published submissions of public forums; with q, ranked by relevance")
    ApiPage<SubmissionJson> list(
            @Parameter(description = "Forum id") @RequestParam(required = false) Long forum,
            @Parameter(description = "NEED, SOLUTION or PROPOSAL") @RequestParam(required = false) String kind,
            @Parameter(description = "CPV code, e.g. 90511000-2") @RequestParam(required = false) String cpv,
            @Parameter(description = "Full-text search in Norwegian and English") @RequestParam(required = false) String q,
            @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        InvalidParameterException.checkPaging(page, size);
        SubmissionFilter filter = new SubmissionFilter(forum == null ? null : ForumId.of(forum),
                InvalidParameterException.enumValue("kind", kind, SubmissionKind.class),
                parseCpv(cpv), null, null, null, q == null || q.isBlank() ? null : q);
        List<SubmissionJson> items = submissions.listPublic(filter, new PageRequest(page * size, size)).stream()
                .map(hit -> SubmissionJson.of(hit.submission(), filter.hasText() ? hit : null, null)).toList();
        return ApiPage.of(items, page, size, submissions.countPublic(filter));
    }

    @DisclosureChannel("submission.api-get")
    @GetMapping("/{id}")
    @Operation(summary = "One published submission of a public forum")
    SubmissionJson get(@PathVariable long id) {
        return submissions.findPublic(SubmissionId.of(id)).map(s -> SubmissionJson.of(s, null,
                        footprints.stream().flatMap(f -> f.of(s.id()).stream()).findFirst().orElse(null)))
                .orElseThrow(() -> new NotFoundException("Submission " + id));
    }

    private static CpvCode parseCpv(String cpv) {
        if (cpv == null || cpv.isBlank()) {
            return null;
        }
        if (!CpvCode.isWellFormed(cpv)) {
            throw new InvalidParameterException("cpv", "must be a CPV code such as 90511000-2");
        }
        return CpvCode.parse(cpv);
    }
}
