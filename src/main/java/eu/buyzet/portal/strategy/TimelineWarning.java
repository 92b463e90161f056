package eu.buyzet.portal.strategy;

/** Why a tender window needs attention. */
public enum TimelineWarning {
    /** The window to announce the tender has passed. */
    WINDOW_PASSED,
    /** Fewer than three capable suppliers have shown they can deliver: the market is not ready. */
    MARKET_NOT_READY,
    /** The contract ends after the plan's horizon (2030): the plan does not reach it. */
    ENDS_AFTER_HORIZON,
    /** The contract has no end date: it cannot be placed on the timeline. */
    NO_END_DATE
}
