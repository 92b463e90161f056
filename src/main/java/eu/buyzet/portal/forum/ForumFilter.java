package eu.buyzet.portal.forum;

import org.jspecify.annotations.Nullable;

/** Filters for the forum list; null means "any". */
public record ForumFilter(@Nullable String text, @Nullable ForumStatus status) {
    public static final ForumFilter ANY = new ForumFilter(null, null);
}
