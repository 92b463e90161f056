package eu.buyzet.portal.footprint.calculator;

import java.util.List;

/**
 * The shares of a contract's vehicles that are clean (zero-emission included) and zero-emission
 * under the Clean Vehicles Directive, counted as the directive counts them: by number of vehicles
 * (art. 5(1); Annex, Tables 3-5), from each flow's declared {@code vehicles} (1 when not declared).
 * Vehicles outside the directive (L category, cargo bikes) are left out of both sides. Light- and
 * heavy-duty vehicles are counted together here; the directive sets separate targets for each.
 *
 * @param vehicles vehicles the directive covers; the shares are 0 when there are none
 */
public record CvdShares(int vehicles, double cleanShare, double zeroEmissionShare) {

    /** Flows and their results in the same order, as {@link FootprintResult#flows()} gives them. */
    public static CvdShares of(List<Flow> flows, List<FlowResult> results) {
        if (flows.size() != results.size()) {
            throw new IllegalArgumentException("flows and results differ in number");
        }
        int covered = 0;
        int clean = 0;
        int zero = 0;
        for (int i = 0; i < flows.size(); i++) {
            CvdClass c = results.get(i).cvdClass();
            if (c == CvdClass.NOT_COVERED) {
                continue;
            }
            Integer declared = flows.get(i).vehicles();
            int n = declared == null ? 1 : declared;
            covered += n;
            clean += c == CvdClass.CLEAN || c == CvdClass.ZERO_EMISSION ? n : 0;
            zero += c == CvdClass.ZERO_EMISSION ? n : 0;
        }
        return covered == 0 ? new CvdShares(0, 0, 0)
                : new CvdShares(covered, (double) clean / covered, (double) zero / covered);
    }
}
