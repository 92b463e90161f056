package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.submission.SubmissionId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the needs a joint-purchase proposal gathers cause together: their declared flows,
 * computed as one with today's default factor set, so that needs published under different sets
 * still add up.
 *
 * @param result null when none of the needs has declared flows
 * @param needsWithoutFootprint linked needs left out of the sum because they declare nothing
 * @param needsRefused linked needs left out because the calculator now refuses their flows (declared
 *     before its plausibility checks), until their authors correct them
 */
public record ProposalFootprint(@Nullable FootprintResult result, List<SubmissionId> needs, int needsWithoutFootprint,
                                int needsRefused) {
    public ProposalFootprint {
        needs = List.copyOf(needs);
    }
}
