package eu.buyzet.portal.strategy;

import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueQuestion;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.StoredResult;
import eu.buyzet.portal.footprint.calculator.Reduction;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an instrument's reason may cite from the portal, read only through the channels that
 * publish to everyone: published answers of public dialogues (never written input, which is
 * confidential), published solutions with their declared reduction, and the number of suppliers
 * interested in a public buyer group (a count, never a share). So a citation can be shown to
 * anyone as long as its source is still public, which {@link #stillPublic} asks again.
 */
@Component
class StrategyEvidence {

    /** Long answers are cited by their beginning; the source keeps the whole. */
    static final int MAX_CITATION = 400;

    private final DialogueService dialogues;
    private final SubmissionService submissions;
    private final DeclarationService declarations;
    private final BuyerGroupService buyerGroups;

    StrategyEvidence(DialogueService dialogues, SubmissionService submissions, DeclarationService declarations,
                     BuyerGroupService buyerGroups) {
        this.dialogues = dialogues;
        this.submissions = submissions;
        this.declarations = declarations;
        this.buyerGroups = buyerGroups;
    }

    /** Everything the area's links offer to cite now, with the citation and figure as they read today. */
    List<Evidence> options(PriorityArea area) {
        List<Evidence> all = new ArrayList<>();
        for (long id : area.dialogues()) {
            Optional<Dialogue> dialogue = dialogues.findPublic(DialogueId.of(id));
            dialogue.ifPresent(d -> dialogues.publishedQuestions(d).stream().filter(q -> q.answer() != null)
                    .forEach(q -> all.add(answer(d, q))));
        }
        for (long id : area.solutions()) {
            submissions.findPublic(SubmissionId.of(id)).filter(s -> s.kind() == SubmissionKind.SOLUTION)
                    .ifPresent(s -> all.add(solution(s)));
        }
        for (long id : area.buyerGroups()) {
            buyerGroups.publicPage(BuyerGroupId.of(id)).ifPresent(p -> all.add(interest(p)));
        }
        return all;
    }

    /** The citation of one item, captured now; empty if the area does not offer it (or not publicly). */
    Optional<Evidence> capture(PriorityArea area, EvidenceKind kind, long reference) {
        return options(area).stream().filter(e -> e.kind() == kind && e.reference() == reference).findFirst();
    }

    /** Whether the cited item is still public and still linked to the area. */
    boolean stillPublic(PriorityArea area, Evidence e) {
        return e.kind() != EvidenceKind.CONTRACT && capture(area, e.kind(), e.reference()).isPresent();
    }

    private static Evidence answer(Dialogue d, DialogueQuestion q) {
        return new Evidence(EvidenceKind.DIALOGUE_ANSWER, q.id(),
                shorten(d.title() + ": " + q.text() + " — " + q.answer()), null);
    }

    private Evidence solution(Submission s) {
        @Nullable Double reduction = declarations.results(s.id()).stream().findFirst().map(StoredResult::reduction)
                .map(Reduction::co2eWtwKg).orElse(null);
        return new Evidence(EvidenceKind.SOLUTION, s.id().value(), shorten(s.title() + " (" + s.organisationName() + ")"),
                reduction);
    }

    private static Evidence interest(BuyerGroupPage p) {
        return new Evidence(EvidenceKind.SUPPLIER_INTEREST, p.group().id().value(), shorten(p.group().title()),
                (double) p.demand().capableSuppliers());
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= MAX_CITATION ? t : t.substring(0, MAX_CITATION - 1) + "…";
    }
}
