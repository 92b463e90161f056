package eu.buyzet.portal.notification;

/** How a member wants one kind of notification mailed; in-app notifications are always kept. */
public enum MailMode {
    IMMEDIATE, DAILY, OFF;

    public String messageKey() {
        return "notification.mode." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
