package eu.buyzet.portal.notification;

import eu.buyzet.portal.notification.internal.MailOutboxRepository;
import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.notification.internal.NotificationRepository.Recipient;
import eu.buyzet.portal.shared.MemberId;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest. Members are taken in bounded batches, each in one transaction that writes
 * their digest mails to the outbox and marks what went into them. A job that stops midway has
 * committed whole batches only; run again, it goes on with the members not yet done, and the
 * outbox's unique key refuses a second copy of any digest, so no mail is lost or doubled.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final NotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final MailComposer composer;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final FollowedPosts followedPosts;

    DigestJob(NotificationRepository notifications, MailOutboxRepository outbox, MailComposer composer,
              TransactionTemplate transaction, @Value("${buyzet.mail.digest-batch:100}") int batchSize,
              FollowedPosts followedPosts) {
        this.followedPosts = followedPosts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.transaction = transaction;
        this.batchSize = Math.max(1, batchSize);
    }

    @Scheduled(cron = "${buyzet.mail.digest-cron:0 0 7 * * *}", zone = "Europe/Oslo")
    void scheduled() {
        int mails = run(batchSize, written -> { });
        log.info("Daily digest: {} mails written to the outbox", mails);
    }

    /**
     * Writes every waiting digest; {@code afterEachMail} sees the running count inside the batch's
     * transaction (tests stop the job there, as a crash would).
     */
    int run(int batch, IntConsumer afterEachMail) {
        int[] written = {0};
        while (true) {
            Integer done = transaction.execute(status -> {
                List<MemberId> members = notifications.awaitingDigest(batch);
                int progressed = 0;
                for (MemberId member : members) {
                    List<Notification> waiting = notifications.lockDigest(member);
                    if (waiting.isEmpty()) {
                        continue;
                    }
                    List<Notification> shown = followedPosts.stillShown(waiting);
                    List<Recipient> to = notifications.members(List.of(member), NotificationKind.FOLLOWED_ACTIVITY);
                    if (!to.isEmpty() && !shown.isEmpty()) {
                        MailComposer.Mail mail = composer.digest(to.getFirst(), shown);
                        // the newest notification in it names the digest: the same digest is never written twice
                        outbox.add(member, to.getFirst().email(), mail.subject(), mail.body(),
                                "digest:" + member.value() + ":" + waiting.getLast().id().value());
                        written[0]++;
                        afterEachMail.accept(written[0]);
                    }
                    notifications.markDigested(waiting.stream().map(Notification::id).toList());
                    progressed++;
                }
                // another instance holding the rest: leave them to it
                return members.size() < batch || progressed == 0 ? -1 : progressed;
            });
            if (done == null || done < 0) {
                return written[0];
            }
        }
    }
}
