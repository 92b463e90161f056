package eu.buyzet.portal.forum;

/**
 * The current reader's relation to a forum, as other features' disclosure rules ask for it: whether
 * the forum exists for them, and whether they manage it (a moderator of it, or an administrator).
 */
public record ForumAccess(boolean sees, boolean manages) {

    /** A forum the reader does not see, or that does not exist. */
    public static final ForumAccess NONE = new ForumAccess(false, false);
}
