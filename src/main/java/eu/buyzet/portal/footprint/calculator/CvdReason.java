package eu.buyzet.portal.footprint.calculator;

/**
 * Why a flow has its Clean Vehicles Directive class, so that a reader can check it against the
 * directive (Directive 2009/33/EC as amended by Directive (EU) 2019/1161, art. 4 and Annex).
 */
public enum CvdReason {
    /** L-category vehicles and cargo bikes are outside the directive (art. 2, art. 4(3)-(4)). */
    OUTSIDE_DIRECTIVE,
    /** No tailpipe: a zero-emission vehicle (art. 4(5)), which is clean too. */
    NO_TAILPIPE,
    /** Light-duty from 1 January 2026: only zero-emission vehicles are clean (Annex, Table 2). */
    LIGHT_DUTY_ZERO_EMISSION_ONLY,
    /** Light-duty until 31 December 2025: declared at most 50 g CO2/km and 80 % of the RDE limits. */
    LIGHT_DUTY_WITHIN_THRESHOLDS,
    /** Light-duty until 31 December 2025: above 50 g CO2/km or 80 % of the RDE limits. */
    LIGHT_DUTY_ABOVE_THRESHOLDS,
    /** Light-duty until 31 December 2025: the type-approval CO2 or RDE figure was not declared. */
    LIGHT_DUTY_THRESHOLDS_NOT_DECLARED,
    /** Heavy-duty on natural gas, which art. 4(4)(b) counts as an alternative fuel. */
    HEAVY_DUTY_GAS,
    /** Heavy-duty on a biofuel declared unblended and not from high-ILUC-risk feedstock (art. 4(4)(b)). */
    HEAVY_DUTY_BIOFUEL_DECLARED,
    /** Heavy-duty on a biofuel whose blending or feedstock was not declared: not counted, conservatively. */
    HEAVY_DUTY_BIOFUEL_NOT_DECLARED,
    /** Heavy-duty on a biofuel declared blended or from high-ILUC-risk feedstock (art. 4(4)(b)). */
    HEAVY_DUTY_BIOFUEL_EXCLUDED,
    /** Heavy-duty on diesel or petrol. */
    HEAVY_DUTY_FOSSIL
}
