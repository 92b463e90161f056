package eu.buyzet.portal.forum;

/**
 * What the current user may do to a forum, as {@link ForumService#actions} tells it from the same
 * rule the service enforces: the forum's moderators and admins manage it.
 */
public enum ForumAction {
    /** Change its texts, categories and moderators: while it is open. */
    EDIT,
    /** Archive it: it becomes read-only. */
    ARCHIVE,
    /** Open an archived forum again. */
    REOPEN
}
