package eu.buyzet.portal;

import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import java.util.List;

/** Declares a plausible footprint, so that a test's need or solution may be published. */
public final class TestFootprints {

    private TestFootprints() {
    }

    /**
     * A diesel van's rounds; a solution replaces them with a battery van. A proposal declares
     * nothing (its footprint is its needs'). Returns the submission.
     */
    public static Submission declared(DeclarationService declarations, Submission s) {
        if (s.kind() == SubmissionKind.PROPOSAL) {
            return s;
        }
        Flow diesel = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5);
        Flow battery = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 12.5);
        if (s.kind() == SubmissionKind.SOLUTION) {
            declarations.declare(s.id(), -1, List.of(battery), List.of(diesel));
        } else {
            declarations.declare(s.id(), -1, List.of(diesel), List.of());
        }
        return s;
    }
}
