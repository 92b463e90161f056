package eu.buyzet.portal.strategy;

/** What in the portal an instrument's reason points at. */
public enum EvidenceKind {
    /** A published answer in a market dialogue (never confidential written input). */
    DIALOGUE_ANSWER,
    /** A published solution, with its declared reduction. */
    SOLUTION,
    /** Capable suppliers that showed interest in a buyer group: the three-supplier signal. */
    SUPPLIER_INTEREST,
    /** A mapped contract of the area. */
    CONTRACT
}
