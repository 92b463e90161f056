package eu.buyzet.portal.footprint.calculator;

/**
 * How the hydrogen of a fuel-cell flow was made (decision 037). Most of hydrogen's footprint is in
 * its production, so the route picks the well-to-tank figure. A flow that declares none counts as
 * {@link #GREY}: a certificate is what makes hydrogen anything else.
 */
public enum HydrogenRoute {
    /** From fossil fuels without carbon capture, or of unknown origin: the factor set's HYDROGEN row. */
    GREY,
    /** Blue: from natural gas with carbon capture and storage, certified low-carbon. */
    LOW_CARBON,
    /** Renewable fuel of non-biological origin (RFNBO), certified: electrolysis on renewable power. */
    RENEWABLE
}
