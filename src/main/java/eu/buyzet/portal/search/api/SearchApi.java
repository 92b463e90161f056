package eu.buyzet.portal.search.api;

import eu.buyzet.portal.search.ListCursor;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.search.SearchUnavailableException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.api.ApiPage;
import eu.buyzet.portal.shared.api.InvalidParameterException;
import eu.buyzet.portal.shared.api.ServiceUnavailable;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open API's list of submissions: the search page's search over published content of public
 * forums. Its query parameters are the search page's, read by the same {@link SearchQuery#parse};
 * a value the page would leave out is refused here with 400 naming the parameter.
 */
@RestController
@RequestMapping(path = "/api/v1/submissions", produces = "application/json")
@Tag(name = "Submissions", description = "Published needs, solutions and joint-purchase proposals of public forums")
class SearchApi {

    private final SearchService search;
    private final SolutionAnswers answers;

    SearchApi(SearchService search, SolutionAnswers answers) {
        this.search = search;
        this.answers = answers;
    }

    /**
     * The named parameters are here for the API's documentation; every search parameter is read
     * from {@code parameters} by the search's one codec, the first of repeated values counting.
     */
    @DisclosureChannel("search.api-list")
    @GetMapping
    @Operation(summary = "List published submissions of public forums; with q, ranked by relevance")
    @SuppressWarnings("unused")
    ApiPage<SubmissionJson> list(
            @Parameter(description = "Forum id", schema = @Schema(type = "integer", format = "int64"))
            @RequestParam(required = false) @Nullable String forum,
            @Parameter(description = "NEED, SOLUTION or PROPOSAL") @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = "CPV code, e.g. 90511000-2") @RequestParam(required = false) @Nullable String cpv,
            @Parameter(description = "Full-text search in Norwegian and English") @RequestParam(required = false)
            @Nullable String q,
            @Parameter(description = "Organisation id", schema = @Schema(type = "integer", format = "int64"))
            @RequestParam(required = false) @Nullable String org,
            @Parameter(description = "Published on or after this day (Oslo time), e.g. 2026-01-31",
                    schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Published on or before this day (Oslo time)",
                    schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "Only submissions whose newest declared footprint is at least this many kg CO2e a year",
                    schema = @Schema(type = "number", minimum = "0")) @RequestParam(required = false) @Nullable String minCo2e,
            @Parameter(description = "footprint: the largest declared footprint first; default: newest (with q: most "
                    + "relevant) first", schema = @Schema(allowableValues = {"default", "footprint"}))
            @RequestParam(required = false) @Nullable String sort,
            @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Start after this cursor (the previous page's next) instead of at a page: as fast"
                    + " for the thousandth page as for the first. Without q and in the default order only.")
            @RequestParam(required = false) @Nullable String after,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        InvalidParameterException.checkPaging(page, size);
        SearchQuery.Parsed parsed = SearchQuery.parse(parameters);
        if (!parsed.valid()) {
            Map.Entry<String, String> first = parsed.problems().entrySet().iterator().next();
            throw new InvalidParameterException(first.getKey(), first.getValue());
        }
        SearchQuery query = parsed.query();
        ListCursor cursor = after == null ? null : cursor(after, query, page);
        List<SubmissionHit> hits = cursor == null ? search.listPublic(query, new PageRequest(page * size, size))
                : search.listPublicAfter(query, cursor, size);
        Map<SubmissionId, SubmissionId> needs = answers.answeredNeedsPublic(hits.stream().map(SubmissionHit::submission)
                .toList());
        List<SubmissionJson> items = hits.stream()
                .map(hit -> query.hasText() ? SubmissionJson.of(hit.submission(), hit.snippetText(), hit.snippetHtml(), null,
                        needs.get(hit.submission().id()))
                        : SubmissionJson.of(hit.submission(), null, null, null, needs.get(hit.submission().id())))
                .toList();
        ApiPage<SubmissionJson> result = ApiPage.of(items, page, size, search.countPublic(query));
        if (query.hasText() || query.sort() == SearchQuery.Sort.FOOTPRINT || hits.size() < size) {
            return result;
        }
        Submission last = hits.getLast().submission();
        return last.publishedAt() == null ? result
                : result.withNext(new ListCursor(last.publishedAt(), last.id()).encode());
    }

    private static ListCursor cursor(String after, SearchQuery query, int page) {
        if (query.hasText() || query.sort() == SearchQuery.Sort.FOOTPRINT) {
            throw new InvalidParameterException("after", "pages lists without q in the default order only");
        }
        if (page != 0) {
            throw new InvalidParameterException("after", "cannot be combined with page");
        }
        return ListCursor.decode(after).orElseThrow(() -> new InvalidParameterException("after",
                "is not a cursor this API gave out"));
    }

    /**
     * A search cut short by its timeout or refused by the search's bulkhead: 503 with Retry-After,
     * and in words what to do, never a page or a sign-in.
     */
    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e) {
        boolean broad = e.reason() == SearchUnavailableException.Reason.TOO_BROAD;
        return ServiceUnavailable.problem(broad ? "search-too-broad" : "search-busy",
                broad ? "Too many matches" : "Search is busy", broad ? "Too many matches: add a word or a filter."
                        : "Every search slot is taken; try again in a moment.", e.retryAfterSeconds());
    }
}
