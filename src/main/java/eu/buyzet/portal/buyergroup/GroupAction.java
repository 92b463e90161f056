package eu.buyzet.portal.buyergroup;

/** A step the current reader may take on a group now; the service checks it again when taken. */
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
