package eu.buyzet.portal.notification;

import java.util.stream.Collectors;
import java.util.List;
import eu.buyzet.portal.shared.FlaggedHiding;
import org.jspecify.annotations.Nullable;

/**
 * A notification as one sentence in the reader's language. The bell and the mails say the same
 * thing, so both come from here.
 */
public final class NotificationText {

    /** Looks a message key up in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... args);
    }

    private NotificationText() {
    }

    public static String of(String kind, @Nullable String detail, String subjectTitle, Translator t) {
        return switch (NotificationKind.of(kind).orElse(null)) {
            case BUYER_GROUP_STEP -> t.get("notification.buyer-group-step", t.get("buyer-group.step." + detail), subjectTitle);
            case CONTENT_HIDDEN -> t.get("notification.content-hidden", subjectTitle, reasons(detail, t));
            case DIALOGUE_ANSWER -> t.get("notification.dialogue-answer", subjectTitle);
            case FOLLOWED_ACTIVITY -> t.get("new-comment".equals(detail) ? "notification.followed-comment"
                    : "notification.followed-submission", subjectTitle);
            case FLAG_ALERT -> t.get("notification.flag-alert", subjectTitle, shown(detail));
            case ORGANISATION_PENDING -> t.get("notification.organisation-pending", subjectTitle);
            case ORGANISATION_VERIFIED -> t.get("notification.organisation-verified", subjectTitle);
            case POST_REVIEWED -> detail == null || detail.isEmpty()
                    ? t.get("notification.post-approved", subjectTitle)
                    : t.get("notification.post-returned", subjectTitle, detail);
            case MEMBERSHIP_REQUESTED -> t.get("notification.membership-requested", subjectTitle, shown(detail));
            case STRATEGY_STEP -> t.get("notification.strategy-step", t.get("strategy.step." + detail), subjectTitle);
            case null -> subjectTitle;
        };
    }

    public static String of(Notification n, Translator t) {
        return of(n.kind(), n.detail(), n.subjectTitle(), t);
    }

    /** Flag reasons in the reader's language; a detail kept as words by an earlier version as it was kept. */
    private static String reasons(@Nullable String detail, Translator t) {
        List<String> keys = FlaggedHiding.reasons(detail);
        return keys.isEmpty() ? shown(detail) : keys.stream().map(t::get).collect(Collectors.joining(", "));
    }

    /** A missing detail reads as the message format has always printed it. */
    private static String shown(@Nullable String detail) {
        return String.valueOf(detail);
    }
}
