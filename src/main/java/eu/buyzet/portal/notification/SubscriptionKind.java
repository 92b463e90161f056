package eu.buyzet.portal.notification;

/** What can be followed. */
public enum SubscriptionKind {
    FORUM, SUBMISSION, CPV, SEARCH;

    public String messageKey() {
        return "subscription.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
