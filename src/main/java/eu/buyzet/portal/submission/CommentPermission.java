package eu.buyzet.portal.submission;

/**
 * What the current reader may do to one comment, as {@link CommentService} decides it from the
 * same predicates it enforces when the action is taken; the page shows exactly these.
 */
public enum CommentPermission {
    /** Change its words: its author, while it is not hidden. */
    EDIT,
    /** Reply to it: a top-level comment, published and not hidden, in a conversation the reader may write in. */
    REPLY,
    /** Publish or reject it: the forum's moderators, while it awaits review. */
    REVIEW,
    /** Hide it with a reason: the forum's moderators. */
    HIDE,
    /** Show it again: the forum's moderators. */
    RESTORE
}
