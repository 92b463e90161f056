package eu.buyzet.portal.notification;

import java.time.Instant;

/** Something a member follows; {@code label} is what they see in their list. */
public record Subscription(SubscriptionId id, SubscriptionKind kind, String target, String label, Instant createdAt) {
}
