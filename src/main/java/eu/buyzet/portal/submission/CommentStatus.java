package eu.buyzet.portal.submission;

import java.util.Locale;

/**
 * A comment is published at once, unless its author's organisation is not verified yet: then it
 * waits for the forum's moderators, who publish or reject it (the author sees the reason).
 */
public enum CommentStatus {
    AWAITING_REVIEW, PUBLISHED, REJECTED;

    public String messageKey() {
        return "comments.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
