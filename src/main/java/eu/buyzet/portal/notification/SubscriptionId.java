package eu.buyzet.portal.notification;

public record SubscriptionId(long value) {
    public static SubscriptionId of(long value) {
        return new SubscriptionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
