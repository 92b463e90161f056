package eu.buyzet.portal.forum;

/** Filters for the forum list; null means "any". */
public record ForumFilter(String text, ForumStatus status) {
    public static final ForumFilter ANY = new ForumFilter(null, null);
}
