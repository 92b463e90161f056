package eu.buyzet.portal.notification;

public record NotificationId(long value) {
    public static NotificationId of(long value) {
        return new NotificationId(value);
    }
}
