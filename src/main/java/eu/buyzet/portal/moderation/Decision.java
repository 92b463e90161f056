package eu.buyzet.portal.moderation;

/** What a moderator decides about flagged content. */
public enum Decision {
    /** The flags were unfounded: the content is shown again. */
    RESTORE,
    /** The flags were right: the content stays hidden, with the moderator's reason. */
    HIDE
}
