package eu.buyzet.portal.strategy;

/** What a reader may do on a priority area's page. */
public enum AreaAction {
    /** Change the area: its contracts, named agencies and links; the baseline is summed again. */
    EDIT,
    /** Start a strategy for the area. */
    START_STRATEGY
}
