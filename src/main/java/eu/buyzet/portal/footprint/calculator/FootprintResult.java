package eu.buyzet.portal.footprint.calculator;

import java.util.List;

/** The footprint of a declaration: each flow and the total, and the factor set it was computed with. */
public record FootprintResult(String factorSetId, String factorSetName, String factorSetVersion,
                              List<FlowResult> flows, FlowResult total) {
    public FootprintResult {
        flows = List.copyOf(flows);
    }
}
