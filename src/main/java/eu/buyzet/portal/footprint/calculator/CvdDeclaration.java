package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * What a supplier declares about a flow's vehicles for the Clean Vehicles Directive (Directive
 * 2009/33/EC as amended by Directive (EU) 2019/1161), beyond category and carrier. Every part is
 * optional; what is not declared never makes a vehicle clean.
 *
 * @param plugInHybrid the vehicles are plug-in hybrids: besides the directive's class, the flow must then
 *     declare the grid electricity they are charged with ({@link Flow#electricityPerYearKwh()}), whose
 *     CO2e is counted beside the fuel's (decision 062). The two type-approval figures serve only the
 *     directive
 * @param typeApprovalCo2GPerKm CO2 in g/km from the vehicles' type approval (WLTP), for the
 *     light-duty threshold of 50 g/km until 31 December 2025 (Annex, Table 2)
 * @param rdePercentOfLimits real-driving emissions of NOx and particle number, the higher of the two,
 *     as a percentage of the applicable limits; at most 80 % for the same threshold
 * @param biofuelUnblended HVO100 or biogas is used unblended with fossil fuel (art. 4(4)(b))
 * @param highIlucRiskFeedstock the biofuel is made from feedstock with high indirect land-use change
 *     risk (Directive (EU) 2018/2001 art. 26, Delegated Regulation (EU) 2019/807), e.g. palm oil
 */
public record CvdDeclaration(@Nullable Boolean plugInHybrid, @Nullable Double typeApprovalCo2GPerKm,
                             @Nullable Double rdePercentOfLimits, @Nullable Boolean biofuelUnblended,
                             @Nullable Boolean highIlucRiskFeedstock) {

    public static final CvdDeclaration NONE = new CvdDeclaration(null, null, null, null, null);

    public static CvdDeclaration plugInHybrid(double typeApprovalCo2GPerKm, double rdePercentOfLimits) {
        return new CvdDeclaration(true, typeApprovalCo2GPerKm, rdePercentOfLimits, null, null);
    }

    public static CvdDeclaration biofuel(boolean unblended, boolean highIlucRiskFeedstock) {
        return new CvdDeclaration(null, null, null, unblended, highIlucRiskFeedstock);
    }

    boolean isPlugInHybrid() {
        return Boolean.TRUE.equals(plugInHybrid);
    }
}
