package eu.buyzet.portal.buyergroup;

/**
 * A step the current reader may take on a group now, as {@link BuyerGroupPage#actions()} tells it.
 * The offer and the check when the step is taken are one rule ({@link GroupRules}).
 */
public enum GroupAction {
    JOIN,
    CHANGE_SHARE,
    SIGN_LETTER,
    LEAVE,
    COMMIT,
    START_TENDERING,
    AWARD,
    CANCEL,
    REGISTER_INTEREST,
    CHANGE_INTEREST,
    WITHDRAW_INTEREST
}
