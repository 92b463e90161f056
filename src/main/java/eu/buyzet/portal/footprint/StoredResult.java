package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.Reduction;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A footprint as computed at one moment with one factor set. Results are never changed: a
 * recomputation adds one, so what was published stays visible.
 *
 * @param baseline the baseline's result for a solution, null for a need
 */
public record StoredResult(long id, FootprintResult result, @Nullable FootprintResult baseline, String reason,
                           @Nullable String computedByName, Instant computedAt) {

    /** What the solution saves against its baseline, if it has one. */
    public @Nullable Reduction reduction() {
        return baseline == null ? null : Reduction.between(baseline.total(), result.total());
    }
}
