package eu.buyzet.portal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox: sent, or waiting. */
public record OutgoingMail(long id, String to, String subject, String body, Instant createdAt,
                           @Nullable Instant sentAt) {
}
