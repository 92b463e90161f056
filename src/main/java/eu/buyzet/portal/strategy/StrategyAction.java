package eu.buyzet.portal.strategy;

/** What a reader may do on a strategy's page, by the same rules the service checks when it is done. */
public enum StrategyAction {
    /** Change the title, summary, instruments, evidence and scenario years: the owner, on a draft. */
    EDIT,
    /** Send the draft to consultation: the owner. */
    SEND_TO_CONSULTATION,
    /** Adopt the version in consultation: the owner, when §7-9 is met. */
    ADOPT,
    /** Comment in consultation: the owner and those consulted. */
    COMMENT,
    /** Start a new version as a draft copy of the adopted one: the owner, when no version is open. */
    NEW_VERSION,
    /** Download the version's PDF and DOCX: whoever sees the priority area (decision 032). */
    DOWNLOAD
}
