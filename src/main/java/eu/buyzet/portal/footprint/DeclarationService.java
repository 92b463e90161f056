package eu.buyzet.portal.footprint;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.internal.DeclarationRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.SolutionOffered;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionAction;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPublished;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The declared transport footprint of needs and solutions. The author's organisation declares
 * the flows (and, for a solution, the baseline it replaces); publishing computes the result with
 * the default factor set and keeps it. Recomputing with a newer set is an explicit action that
 * adds a result; earlier ones stay visible.
 */
@Service
public class DeclarationService {

    private final DeclarationRepository declarations;
    private final FootprintService footprints;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final SolutionAnswers answers;

    DeclarationService(DeclarationRepository declarations, FootprintService footprints, SubmissionService submissions,
                       CurrentUser currentUser, SolutionAnswers answers) {
        this.answers = answers;
        this.declarations = declarations;
        this.footprints = footprints;
        this.submissions = submissions;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @DisclosureChannel("footprint.declaration-page")
    public Optional<Declaration> find(SubmissionId id) {
        submissions.get(id);
        return declarations.find(id);
    }

    /** The footprint card of a submission's page the reader already holds: no submission is loaded again. */
    @Transactional(readOnly = true)
    @DisclosureChannel("footprint.results-page")
    public FootprintCard card(SubmissionPage page) {
        Submission s = page.submission();
        if (s.kind() == SubmissionKind.PROPOSAL) {
            return new FootprintCard(List.of(), Optional.empty(), Optional.empty(), proposalFootprint(s.id()),
                    false, false);
        }
        Optional<Declaration> declaration = declarations.find(s.id());
        List<StoredResult> results = declarations.results(s.id());
        // a solution offered from a need starts with the need's flows as its baseline and no flows of its own
        return new FootprintCard(results, declaration, results.isEmpty()
                ? declaration.filter(d -> !d.flows().isEmpty()).flatMap(this::plausiblePreview) : Optional.empty(),
                Optional.empty(), mayDeclare(page), mayRecompute(page) && declaration.isPresent());
    }

    /** Every stored result, newest first. */
    @Transactional(readOnly = true)
    public List<StoredResult> results(SubmissionId id) {
        submissions.get(id);
        return declarations.results(id);
    }

    /** What the declared flows amount to with the default factor set now (for a draft's preview). */
    @Transactional(readOnly = true)
    public Optional<StoredResult> preview(SubmissionId id) {
        return find(id).map(this::preview);
    }

    /**
     * A declaration saved before the plausibility checks may now be refused; its page still
     * opens, without a preview, and saving it again shows what to correct.
     */
    private Optional<StoredResult> plausiblePreview(Declaration d) {
        try {
            return Optional.of(preview(d));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private StoredResult preview(Declaration d) {
        FactorSet set = footprints.defaultFactorSet();
        return new StoredResult(0, FootprintCalculator.calculate(set, d.flows()),
                d.baselineFlows().isEmpty() ? null : FootprintCalculator.calculate(set, d.baselineFlows()),
                "PREVIEW", null, d.declaredAt());
    }

    /** For a joint-purchase proposal: the footprint of the needs it gathers; empty when it gathers none. */
    @Transactional(readOnly = true)
    public Optional<ProposalFootprint> proposalFootprint(SubmissionId proposal) {
        List<Submission> needs = submissions.linkedNeeds(proposal);
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        FactorSet set = footprints.defaultFactorSet();
        List<Flow> flows = new java.util.ArrayList<>();
        int without = 0;
        int refused = 0;
        for (Submission need : needs) {
            Optional<Declaration> d = declarations.find(need.id());
            if (d.isEmpty() || d.get().flows().isEmpty()) {
                without++;
                continue;
            }
            try {
                // a need declared before the plausibility checks is left out and counted, not the whole sum
                FootprintCalculator.calculate(set, d.get().flows());
                flows.addAll(d.get().flows());
            } catch (ValidationException e) {
                refused++;
            }
        }
        FootprintResult result = flows.isEmpty() ? null : FootprintCalculator.calculate(set, flows);
        return Optional.of(new ProposalFootprint(result, needs.stream().map(Submission::id).toList(), without,
                refused));
    }

    /** Needs and solutions declare flows, by whoever may edit them; a proposal's footprint is that of its needs. */
    private static boolean mayDeclare(SubmissionPage page) {
        return page.submission().kind() != SubmissionKind.PROPOSAL && page.may(SubmissionAction.EDIT);
    }

    /** A published result is recomputed by its author's organisation or the forum's moderators. */
    private boolean mayRecompute(SubmissionPage page) {
        return page.submission().status() == SubmissionStatus.PUBLISHED
                && (submissions.canEdit(page.submission()) || page.may(SubmissionAction.MODERATE));
    }

    /**
     * Declares or replaces the flows. {@code version} is the declaration's version as read, or -1
     * for a first declaration. Every flow is checked with the default factor set; messages name
     * {@code flows[i].field} or {@code baselineFlows[i].field}.
     */
    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public Declaration declare(SubmissionId id, int version, List<Flow> flows, List<Flow> baselineFlows) {
        SubmissionPage page = submissions.page(id);
        Submission s = page.submission();
        if (!mayDeclare(page)) {
            throw new AccessDeniedException("Only the author's organisation declares the footprint of " + id);
        }
        List<Flow> baseline = baselineFlows == null ? List.of() : baselineFlows;
        FactorSet set = footprints.defaultFactorSet();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        FootprintResult result = check(set, flows, "flows", errors, arguments);
        FootprintResult baselineResult = null;
        if (s.kind() == SubmissionKind.SOLUTION) {
            if (baseline.isEmpty()) {
                errors.put("baselineFlows", "validation.footprint.baseline-required");
            } else {
                baselineResult = check(set, baseline, "baselineFlows", errors, arguments);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, arguments);
        }
        MemberId by = currentUser.require().memberId();
        List<Flow> keptBaseline = s.kind() == SubmissionKind.SOLUTION ? baseline : List.of();
        if (!declarations.save(id, version, flows, keptBaseline, by)) {
            throw new ConcurrentEditException();
        }
        if (s.status() == SubmissionStatus.PUBLISHED) {
            declarations.addResult(id, Objects.requireNonNull(result, "a failed calculation is refused above"),
                    baselineResult, "DECLARATION_CHANGED", by);
        }
        return declarations.find(id).orElseThrow();
    }

    /** Adds a result computed with today's default factor set; the earlier results stay. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StoredResult recompute(SubmissionId id) {
        if (!mayRecompute(submissions.page(id))) {
            throw new AccessDeniedException("Only the author's organisation or a moderator recomputes " + id);
        }
        Declaration d = declarations.find(id)
                .orElseThrow(() -> ValidationException.of("footprint", "validation.footprint.required-to-publish"));
        store(d, "RECOMPUTED", currentUser.require().memberId());
        return declarations.results(id).getFirst();
    }

    /**
     * Pre-fills a new solution's baseline with the flows its need declares, for the supplier who
     * offers it: the solution's own flows stay to be declared. Only a listed (published, not
     * hidden) need that the current user sees gives its flows, and only to a solution that answers
     * it, that the user may declare for and that declares nothing yet. False when nothing is copied.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public boolean baselineFromNeed(SubmissionId solution, SubmissionId need) {
        SubmissionPage page = submissions.page(solution);
        Optional<Submission> answered = answers.answeredNeed(page.submission());
        if (page.submission().kind() != SubmissionKind.SOLUTION || !mayDeclare(page)) {
            throw new AccessDeniedException("Only the solution's organisation pre-fills its baseline: " + solution);
        }
        if (answered.isEmpty() || !answered.get().id().equals(need)
                || answered.get().status() != SubmissionStatus.PUBLISHED || answered.get().hidden()
                || declarations.find(solution).isPresent()) {
            return false;
        }
        Optional<Declaration> flows = declarations.find(need).filter(d -> !d.flows().isEmpty());
        // a colleague who declared meanwhile keeps their declaration, and nothing was copied
        return flows.map(d -> declarations.save(solution, -1, List.of(), d.flows(), currentUser.require().memberId()))
                .orElse(false);
    }

    @EventListener
    void solutionOffered(SolutionOffered event) {
        baselineFromNeed(event.solution(), event.need());
    }

    /** Publishing fixes the footprint: computed now, with the default factor set, and kept. */
    @EventListener
    void published(SubmissionPublished event) {
        declarations.find(event.submissionId()).ifPresent(d -> store(d, "PUBLISHED",
                currentUser.get().map(u -> u.memberId()).orElse(null)));
    }

    private void store(Declaration d, String reason, @Nullable MemberId by) {
        FactorSet set = footprints.defaultFactorSet();
        declarations.addResult(d.submissionId(), FootprintCalculator.calculate(set, d.flows()),
                d.baselineFlows().isEmpty() ? null : FootprintCalculator.calculate(set, d.baselineFlows()), reason, by);
    }

    private static @Nullable FootprintResult check(FactorSet set, List<Flow> flows, String field,
                                                   Map<String, String> errors, Map<String, List<Object>> arguments) {
        try {
            return FootprintCalculator.calculate(set, flows);
        } catch (ValidationException e) {
            ValidationException renamed = e.renamed(path -> path.replaceFirst("^flows", field));
            errors.putAll(renamed.fieldErrors());
            arguments.putAll(renamed.arguments());
            return null;
        }
    }
}
