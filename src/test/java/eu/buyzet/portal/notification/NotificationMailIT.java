package eu.buyzet.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestSmtp;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.moderation.ContentHiddenByFlags;
import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

@PortalIntegrationTest
class NotificationMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired MailDispatcher dispatcher;
    @Autowired DigestJob digests;
    @Autowired NotificationRepository notifications;
    @Autowired NotificationService service;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private MemberId member(String email) {
        return MemberId.of(jdbc.sql("select id from member where email = ?").param(email).query(Long.class).single());
    }

    private OrganisationId organisationOf(String email) {
        return OrganisationId.of(jdbc.sql("select organisation_id from member where email = ?").param(email)
                .query(Long.class).single());
    }

    @Test
    void a_notification_is_mailed_once_at_once_in_the_readers_language() throws Exception {
        // supplier2 reads English
        transaction.executeWithoutResult(s -> events.publishEvent(new ContentHiddenByFlags(SubmissionId.of(1),
                "Elektriske renovasjonsbiler (mail test)", organisationOf("supplier2@demo.buyzet.eu"), "spam")));
        dispatcher.sendDue(1000);
        dispatcher.sendDue(1000);

        List<MimeMessage> received = TestSmtp.to(smtp, "supplier2@demo.buyzet.eu").stream()
                .filter(m -> TestSmtp.subject(m).contains("(mail test)")).toList();
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(TestSmtp.subject(mail)).startsWith("BuyZET: Hidden after flags");
        assertThat(TestSmtp.text(mail)).contains("Hello Ahmed Khan").contains("/submissions/1")
                .contains("/notifications");
        assertThat(mail.getHeader("Message-ID")[0]).startsWith("<outbox-");
        assertThat(jdbc.sql("select count(*) from mail_outbox where sent_at is null and subject like '%(mail test)%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_member_who_turned_mail_off_gets_the_notification_in_the_portal_only() {
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        service.setPreference(NotificationKind.CONTENT_HIDDEN, MailMode.OFF);
        assertThat(service.preferences()).containsEntry(NotificationKind.CONTENT_HIDDEN, MailMode.OFF)
                .containsEntry(NotificationKind.FOLLOWED_ACTIVITY, MailMode.DAILY);
        try {
            transaction.executeWithoutResult(s -> events.publishEvent(new ContentHiddenByFlags(SubmissionId.of(1),
                    "Stille løsning (mail off)", organisationOf("supplier@demo.buyzet.eu"), "spam")));
            dispatcher.sendDue(1000);
            assertThat(service.latest()).anySatisfy(n -> assertThat(n.subjectTitle()).isEqualTo("Stille løsning (mail off)"));
            assertThat(TestSmtp.to(smtp, "supplier@demo.buyzet.eu")).noneMatch(m -> TestSmtp.subject(m).contains("(mail off)"));
        } finally {
            service.setPreference(NotificationKind.CONTENT_HIDDEN, MailMode.IMMEDIATE);
        }
    }

    @Test
    void a_digest_job_stopped_halfway_and_run_again_sends_each_digest_exactly_once() {
        List<String> readers = List.of("agency@demo.buyzet.eu", "agency2@demo.buyzet.eu", "supplier@demo.buyzet.eu",
                "supplier2@demo.buyzet.eu", "moderator@demo.buyzet.eu");
        transaction.executeWithoutResult(s -> {
            for (String reader : readers) {
                for (int i = 1; i <= 3; i++) {
                    notifications.add(member(reader), NotificationKind.FOLLOWED_ACTIVITY, "new-submission",
                            "Digest item " + i, "submissions/" + i, "DIGEST");
                }
            }
        });

        // the process dies while writing the second batch: the first batch is committed, the second is not
        assertThatThrownBy(() -> digests.run(2, written -> {
            if (written == 3) {
                throw new IllegalStateException("killed");
            }
        })).hasMessage("killed");
        assertThat(jdbc.sql("select count(*) from notification where mail_state = 'DIGEST' and subject_title like 'Digest item%'")
                .query(Integer.class).single()).as("two readers done, three waiting").isEqualTo(9);
        // ... and the sender dies after one mail
        dispatcher.sendDue(1);

        // restarted
        digests.run(2, written -> { });
        digests.run(2, written -> { });
        dispatcher.sendDue(1000);
        dispatcher.sendDue(1000);

        for (String reader : readers) {
            List<MimeMessage> mails = TestSmtp.to(smtp, reader).stream()
                    .filter(m -> TestSmtp.text(m).contains("Digest item")).toList();
            assertThat(mails).as(reader).hasSize(1);
            assertThat(TestSmtp.text(mails.getFirst()))
                    .contains("Digest item 1").contains("Digest item 2").contains("Digest item 3");
        }
    }
}
