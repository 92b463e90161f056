package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.submission.SubmissionId;
import java.time.Instant;
import java.util.List;

/**
 * A submission's declared transport flows and, for a solution, the baseline flows it replaces
 * (empty for a need).
 */
public record Declaration(SubmissionId submissionId, List<Flow> flows, List<Flow> baselineFlows, String declaredByName,
                          Instant declaredAt, int version) {
    public Declaration {
        flows = List.copyOf(flows);
        baselineFlows = List.copyOf(baselineFlows);
    }
}
