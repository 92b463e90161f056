package eu.buyzet.portal.strategy;

/**
 * Where a strategy version stands. Draft → consultation → adopted → superseded; only a draft is
 * edited, and an adopted version keeps its figures for good (a newer version supersedes it).
 */
public enum StrategyStatus {
    DRAFT,
    CONSULTATION,
    ADOPTED,
    SUPERSEDED
}
