package eu.buyzet.portal.notification;

import eu.buyzet.portal.notification.internal.MailOutboxRepository;
import eu.buyzet.portal.notification.internal.MailOutboxRepository.OutboxMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each mail is claimed, sent and marked sent in one short transaction of its
 * own, so a process that stops loses nothing and resends at most the one mail it was handing to
 * the SMTP server at that instant. Without an SMTP server configured (the embedded default) mails
 * are written to the log and kept in the outbox, where the dev mailbox page shows them.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transaction;
    private final String from;

    MailDispatcher(MailOutboxRepository outbox, ObjectProvider<JavaMailSender> smtp, TransactionTemplate transaction,
                   @Value("${buyzet.mail.from}") String from) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.transaction = transaction;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${buyzet.mail.send-interval:10s}", initialDelayString = "${buyzet.mail.send-interval:10s}")
    void scheduled() {
        sendDue(200);
    }

    /** Sends up to {@code max} due mails, oldest first; returns how many were sent. */
    int sendDue(int max) {
        int sent = 0;
        for (int i = 0; i < max; i++) {
            Boolean result = transaction.execute(status -> outbox.claimNext().map(this::send).orElse(null));
            if (result == null) {
                break;
            }
            if (result) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * A message whose Message-ID is the outbox row's, kept through the sender's saveChanges(): the
     * same id on a resend lets mail clients drop the copy.
     */
    private static MimeMessage message(JavaMailSender sender, String messageId) {
        if (sender instanceof JavaMailSenderImpl impl) {
            return new MimeMessage(impl.getSession()) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
        }
        return sender.createMimeMessage();
    }

    private boolean send(OutboxMail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        try {
            if (sender == null) {
                // never the body: it may hold a single-use link (sign-up, password) that the log must not give away
                log.info("Mail {} (no SMTP server configured) to {}: {}", mail.id(), mail.to(), mail.subject());
            } else {
                MimeMessage message = message(sender, "<outbox-" + mail.id() + "@buyzet.portal>");
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                helper.setText(mail.body());
                message.setHeader("Auto-Submitted", "auto-generated");
                sender.send(message);
            }
            outbox.markSent(mail.id());
            return true;
        } catch (MailException | jakarta.mail.MessagingException e) {
            Duration retry = Duration.ofMinutes(Math.min(60, 1L << Math.min(6, mail.attempts())));
            log.warn("Mail {} to {} not sent (attempt {}), retrying in {}: {}", mail.id(), mail.to(),
                    mail.attempts() + 1, retry, e.getMessage());
            outbox.markFailed(mail.id(), String.valueOf(e.getMessage()), retry);
            return false;
        }
    }
}
