package eu.buyzet.portal.forum;

public enum ForumVisibility {
    /** Anyone can read it, signed in or not, and it is in the open API. */
    PUBLIC,
    /** Only signed-in members can read it; for anyone else it does not exist (404, not 403). */
    MEMBERS;

    public String messageKey() {
        return "forum.visibility." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
