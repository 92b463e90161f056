package eu.buyzet.portal.notification;

import eu.buyzet.portal.notification.internal.MailOutboxRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails a development portal without a mail server would have sent, newest first, so a
 * developer can follow a sign-up link. The outbox holds other people's confirmation links and the
 * reasons for suspensions and reviews, so this exists only under the {@code dev} profile (which
 * {@code ./mvnw spring-boot:run} turns on, the production jar never) with
 * {@code buyzet.mail.dev-mailbox} on (the embedded default without SMTP), and even there only
 * administrators read it.
 */
@Service
@Profile("dev")
@ConditionalOnBooleanProperty("buyzet.mail.dev-mailbox")
public class DevMailbox {

    private final MailOutboxRepository outbox;
    private final CurrentUser currentUser;

    DevMailbox(MailOutboxRepository outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutgoingMail> latest(int limit) {
        // checked again here, so a configuration that drops method security does not open the outbox
        if (!currentUser.require().has(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators read the dev mailbox");
        }
        return outbox.latest(0, Math.clamp(limit, 1, 200)).stream()
                .map(m -> new OutgoingMail(m.id(), m.to(), m.subject(), m.body(), m.createdAt(), m.sentAt())).toList();
    }
}
