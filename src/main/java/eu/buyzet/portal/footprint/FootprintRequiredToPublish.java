package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.internal.DeclarationRepository;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.PublicationCheck;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Needs and solutions are published only with a declared footprint, a solution with its baseline
 * too, and only one today's checks accept: publishing computes and keeps its result, so a declaration
 * saved under earlier, looser checks is sent back to be corrected before, not refused midway.
 */
@Component
class FootprintRequiredToPublish implements PublicationCheck {

    private final DeclarationRepository declarations;
    private final FootprintService footprints;

    FootprintRequiredToPublish(DeclarationRepository declarations, FootprintService footprints) {
        this.declarations = declarations;
        this.footprints = footprints;
    }

    @Override
    public Optional<Missing> missing(Submission s) {
        if (s.kind() == SubmissionKind.PROPOSAL) {
            return Optional.empty();
        }
        // a solution offered from a need may hold the need's baseline before it declares flows of its own
        return declarations.find(s.id()).filter(d -> !d.flows().isEmpty())
                .map(d -> s.kind() == SubmissionKind.SOLUTION && d.baselineFlows().isEmpty()
                        ? Optional.of(new Missing("footprint", "validation.footprint.baseline-required"))
                        : accepted(d) ? Optional.<Missing>empty()
                        : Optional.of(new Missing("footprint", "validation.footprint.needs-correction")))
                .orElse(Optional.of(new Missing("footprint", "validation.footprint.required-to-publish")));
    }

    private boolean accepted(Declaration d) {
        FactorSet set = footprints.defaultFactorSet();
        try {
            FootprintCalculator.calculate(set, d.flows());
            if (!d.baselineFlows().isEmpty()) {
                FootprintCalculator.calculate(set, d.baselineFlows());
            }
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The footprint is declared on the saved submission's page, so a new need or solution starts as a draft. */
    @Override
    public Optional<Missing> missingBeforeSaving(SubmissionKind kind) {
        return kind == SubmissionKind.PROPOSAL ? Optional.empty()
                : Optional.of(new Missing("footprint", "footprint.declare-after-saving"));
    }
}
