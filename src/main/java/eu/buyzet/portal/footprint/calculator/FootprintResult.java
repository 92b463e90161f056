package eu.buyzet.portal.footprint.calculator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The footprint of a declaration: each flow and the total, and the factor set it was computed with.
 *
 * @param dataQuality what share rests on default, declared or measured figures; null in results
 *     stored before it was recorded, which stay as they were published
 */
public record FootprintResult(String factorSetId, String factorSetName, String factorSetVersion,
                              List<FlowResult> flows, FlowResult total, @Nullable DataQuality dataQuality) {
    public FootprintResult {
        flows = List.copyOf(flows);
    }
}
