package eu.buyzet.portal.forum;

public enum ForumStatus {
    OPEN,
    /** Read-only: nothing in an archived forum can be posted, edited or withdrawn. */
    ARCHIVED;

    public String messageKey() {
        return "forum.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
