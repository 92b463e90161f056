package eu.buyzet.portal.submission.api;

import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.PublishedFootprint;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionJson;
import eu.buyzet.portal.submission.SubmissionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open read API for one submission: published content of public forums only. The list is search's. */
@RestController
@RequestMapping(path = "/api/v1/submissions", produces = "application/json")
@Tag(name = "Submissions", description = "Published needs, solutions and joint-purchase proposals of public forums")
class SubmissionApi {

    private final SubmissionService submissions;
    private final List<PublishedFootprint> footprints;
    private final SolutionAnswers answers;

    SubmissionApi(SubmissionService submissions, List<PublishedFootprint> footprints, SolutionAnswers answers) {
        this.submissions = submissions;
        this.answers = answers;
        this.footprints = footprints;
    }

    @DisclosureChannel("submission.api-get")
    @GetMapping("/{id}")
    @Operation(summary = "One published submission of a public forum")
    SubmissionJson get(@PathVariable long id) {
        return submissions.findPublic(SubmissionId.of(id)).map(s -> SubmissionJson.of(s, null, null,
                        footprints.stream().flatMap(f -> f.of(s).stream()).findFirst().orElse(null),
                        answers.answeredNeedsPublic(List.of(s)).get(s.id())))
                .orElseThrow(() -> new NotFoundException("Submission " + id));
    }
}
