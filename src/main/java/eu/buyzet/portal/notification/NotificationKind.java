package eu.buyzet.portal.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about, and whether it is mailed unless the member chooses otherwise.
 * Direct matters (a hidden post, an answer in a dialogue one takes part in) are mailed at once;
 * what a member merely follows waits for the daily digest, because people drown in mail.
 */
public enum NotificationKind {
    BUYER_GROUP_STEP("buyer-group-step", MailMode.IMMEDIATE),
    DIALOGUE_ANSWER("dialogue-answer", MailMode.IMMEDIATE),
    CONTENT_HIDDEN("content-hidden", MailMode.IMMEDIATE),
    FOLLOWED_ACTIVITY("followed-activity", MailMode.DAILY),
    FLAG_ALERT("flag-alert", MailMode.IMMEDIATE),
    ORGANISATION_PENDING("organisation-pending", MailMode.IMMEDIATE),
    ORGANISATION_VERIFIED("organisation-verified", MailMode.IMMEDIATE),
    POST_REVIEWED("post-reviewed", MailMode.IMMEDIATE),
    MEMBERSHIP_REQUESTED("membership-requested", MailMode.IMMEDIATE),
    STRATEGY_STEP("strategy-step", MailMode.IMMEDIATE);

    private final String code;
    private final MailMode defaultMode;

    NotificationKind(String code, MailMode defaultMode) {
        this.code = code;
        this.defaultMode = defaultMode;
    }

    /** The stable name stored with each notification and preference. */
    public String code() {
        return code;
    }

    public MailMode defaultMode() {
        return defaultMode;
    }

    public String messageKey() {
        return "notification.kind." + code;
    }

    public static Optional<NotificationKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
