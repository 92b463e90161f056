package eu.buyzet.portal.notification.internal;

import eu.buyzet.portal.shared.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MailOutboxRepository {

    /** A mail written and waiting to be sent, or sent. */
    public record OutboxMail(long id, @Nullable Long memberId, String to, String subject, String body, Instant createdAt,
                             int attempts, @Nullable String lastError, @Nullable Instant sentAt) {
    }

    private final JdbcClient jdbc;

    MailOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a mail with this key was written before: each mail is written once. */
    public boolean add(@Nullable MemberId member, String to, String subject, String body, String dedupKey) {
        return jdbc.sql("""
                        insert into mail_outbox (member_id, to_address, subject, body, dedup_key)
                        values (?, ?, ?, ?, ?) on conflict (dedup_key) do nothing""")
                .params(Arrays.asList(member == null ? null : member.value(), to, subject, body, dedupKey))
                .update() == 1;
    }

    /**
     * The next mail that is due, locked for this transaction; other senders skip it, so two
     * instances of the portal never send the same mail.
     */
    public Optional<OutboxMail> claimNext() {
        return jdbc.sql("""
                        select id, member_id, to_address, subject, body, created_at, attempts, last_error, sent_at
                        from mail_outbox where sent_at is null and next_attempt_at <= now()
                        order by next_attempt_at, id limit 1 for update skip locked""")
                .query(MailOutboxRepository::map).optional();
    }

    public void markSent(long id) {
        jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                .param(id).update();
    }

    public void markFailed(long id, String error, Duration retryAfter) {
        jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, last_error = ?,
                               next_attempt_at = now() + make_interval(secs => ?) where id = ?""")
                .params(error.length() > 500 ? error.substring(0, 500) : error, retryAfter.toSeconds(), id).update();
    }

    public List<OutboxMail> latest(int offset, int limit) {
        return jdbc.sql("""
                        select id, member_id, to_address, subject, body, created_at, attempts, last_error, sent_at
                        from mail_outbox order by created_at desc, id desc limit ? offset ?""")
                .params(limit, offset).query(MailOutboxRepository::map).list();
    }

    private static OutboxMail map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OutboxMail(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getString(8),
                rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());
    }
}
