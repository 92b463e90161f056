package eu.buyzet.portal.strategy;

/**
 * How a strategy meets the Norwegian procurement regulation §7-9 (FOA): climate and environment
 * weighs at least 30 % as an award criterion, or a climate and environment requirement in the
 * specification takes its place.
 */
public enum ClimateWeighting {
    /** An award criterion weighs climate and environment at 30 % or more. */
    AWARD_CRITERION_AT_LEAST_30,
    /** A zero-emission requirement in the technical specification instead of the weight. */
    SPECIFICATION_REQUIREMENT,
    /** Neither: the strategy does not yet meet §7-9, and cannot be adopted. */
    NOT_MET
}
