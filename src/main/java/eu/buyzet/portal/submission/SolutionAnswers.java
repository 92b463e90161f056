package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.internal.SubmissionRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solutions that answer a need (decision 021): a supplier offers one from a published need's
 * page, in the need's forum, and the link stays for the solution's life. The need lists the
 * solutions the reader may see; the solution names the need when the reader may see it.
 */
@Service
public class SolutionAnswers {

    private final SubmissionService submissions;
    private final SubmissionRepository repository;
    private final SubmissionDisclosure disclosure;
    private final ApplicationEventPublisher events;

    SolutionAnswers(SubmissionService submissions, SubmissionRepository repository, SubmissionDisclosure disclosure,
                    ApplicationEventPublisher events) {
        this.submissions = submissions;
        this.repository = repository;
        this.disclosure = disclosure;
        this.events = events;
    }

    /**
     * The published need a new solution will answer, as the editor shows it: only for whom the
     * need's page offers {@link SubmissionAction#OFFER_SOLUTION}.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional(readOnly = true)
    public Submission answerable(SubmissionId need) {
        SubmissionPage page = submissions.page(need);
        if (!page.may(SubmissionAction.OFFER_SOLUTION)) {
            throw new AccessDeniedException("No solution may be offered to " + need + " by this user");
        }
        return page.submission();
    }

    /**
     * Creates a solution draft in the need's forum that answers it. Listeners pre-fill what they
     * hold of the need (its declared flows become the solution's baseline).
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public Submission offer(SubmissionId need, SubmissionDraft draft) {
        Submission n = answerable(need);
        if (draft.kind() != SubmissionKind.SOLUTION) {
            throw ValidationException.of("kind", "validation.submission.answers-only-solutions");
        }
        Submission solution = submissions.create(new SubmissionDraft(n.forumId(), SubmissionKind.SOLUTION, draft.title(),
                draft.summary(), draft.bodyMarkdown(), draft.cpvCodes()));
        repository.setAnswersNeed(solution.id(), n.id());
        events.publishEvent(new SolutionOffered(solution.id(), n.id()));
        return submissions.get(solution.id());
    }

    /** The need a solution answers, when the current reader may see that need. */
    @DisclosureChannel("submission.answered-need")
    @Transactional(readOnly = true)
    public Optional<Submission> answeredNeed(Submission solution) {
        return repository.answersNeed(solution.id()).flatMap(submissions::find);
    }

    /**
     * The solutions that answer a need, as far as the current reader may see each: others'
     * drafts and hidden ones do not exist for it. Oldest first.
     */
    @DisclosureChannel("submission.answering-solutions")
    @Transactional(readOnly = true)
    public List<Submission> answering(Submission need) {
        if (need.kind() != SubmissionKind.NEED) {
            return List.of();
        }
        return repository.answering(need.id()).stream().filter(s -> disclosure.seesSubmission(disclosure.reader(s), s))
                .toList();
    }

    /**
     * For the open API: which listed need each of these listed solutions answers, only where
     * that need is listed too (public forums only, as the solutions the API hands out).
     */
    @Transactional(readOnly = true)
    public Map<SubmissionId, SubmissionId> answeredNeedsPublic(List<Submission> solutions) {
        Map<SubmissionId, SubmissionId> links = repository.answersNeeds(solutions.stream()
                .filter(s -> s.kind() == SubmissionKind.SOLUTION).map(Submission::id).toList());
        return links.entrySet().stream().filter(e -> submissions.findPublic(e.getValue()).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
