package eu.buyzet.portal.notification.internal;

import eu.buyzet.portal.notification.Notification;
import eu.buyzet.portal.notification.NotificationId;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.notification.MailMode;
import eu.buyzet.portal.notification.NotificationKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Someone to notify, with what they chose for this kind of notification. */
    public record Recipient(MemberId id, String email, String displayName, @Nullable String locale, MailMode mode) {
    }

    /** Every active member of the organisations, except the one who acted. */
    public List<Recipient> inOrganisations(List<OrganisationId> organisations, @Nullable MemberId except,
                                           NotificationKind kind) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.email, m.display_name, m.preferred_locale, coalesce(p.mode, ?) from member m
                        left join notification_preference p on p.member_id = m.id and p.kind = ?
                        where m.organisation_id = any (?) and m.active and m.id is distinct from ? order by m.id""")
                .params(Arrays.asList(kind.defaultMode().name(), kind.code(),
                        organisations.stream().map(OrganisationId::value).toArray(Long[]::new),
                        except == null ? null : except.value()))
                .query(NotificationRepository::recipient).list();
    }

    /** Every active member with the role (moderators, say). */
    public List<Recipient> withRole(String role, NotificationKind kind) {
        return jdbc.sql("""
                        select m.id, m.email, m.display_name, m.preferred_locale, coalesce(p.mode, ?) from member m
                        left join notification_preference p on p.member_id = m.id and p.kind = ?
                        where ? = any (m.roles) and m.active order by m.id""")
                .params(kind.defaultMode().name(), kind.code(), role)
                .query(NotificationRepository::recipient).list();
    }

    /** The members themselves, where still active. */
    public List<Recipient> members(Collection<MemberId> members, NotificationKind kind) {
        if (members.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.email, m.display_name, m.preferred_locale, coalesce(p.mode, ?) from member m
                        left join notification_preference p on p.member_id = m.id and p.kind = ?
                        where m.id = any (?) and m.active order by m.id""")
                .params(kind.defaultMode().name(), kind.code(), members.stream().map(MemberId::value).toArray(Long[]::new))
                .query(NotificationRepository::recipient).list();
    }

    private static Recipient recipient(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Recipient(MemberId.of(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                MailMode.valueOf(rs.getString(5)));
    }

    /** Adds one notification and returns its id; {@code mailState} says whether and how it is mailed. */
    public long add(MemberId member, NotificationKind kind, @Nullable String detail, String subjectTitle, String link,
                    String mailState) {
        return jdbc.sql("""
                        insert into notification (member_id, kind, detail, subject_title, link, mail_state)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(Arrays.asList(member.value(), kind.code(), detail, subjectTitle, link, mailState))
                .query(Long.class).single();
    }

    /** Up to {@code limit} members with notifications waiting for a digest, locked for this transaction. */
    public List<MemberId> awaitingDigest(int limit) {
        return jdbc.sql("""
                        select member_id from notification where mail_state = 'DIGEST'
                        group by member_id order by member_id limit ?""")
                .param(limit).query((rs, n) -> MemberId.of(rs.getLong(1))).list();
    }

    /** The member's notifications waiting for a digest, locked so a second digest job skips them. */
    public List<Notification> lockDigest(MemberId member) {
        return jdbc.sql("""
                        select id, kind, detail, subject_title, link, created_at, read_at from notification
                        where member_id = ? and mail_state = 'DIGEST' order by id for update skip locked""")
                .param(member.value()).query(NotificationRepository::notification).list();
    }

    public void markDigested(List<NotificationId> ids) {
        jdbc.sql("update notification set mail_state = 'DIGESTED' where id = any (?)")
                .param(ids.stream().map(NotificationId::value).toArray(Long[]::new)).update();
    }

    public Map<NotificationKind, MailMode> preferences(MemberId member) {
        Map<NotificationKind, MailMode> modes = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            modes.put(kind, kind.defaultMode());
        }
        jdbc.sql("select kind, mode from notification_preference where member_id = ?").param(member.value())
                .query((rs, n) -> Map.entry(rs.getString(1), MailMode.valueOf(rs.getString(2)))).list()
                .forEach(e -> NotificationKind.of(e.getKey()).ifPresent(k -> modes.put(k, e.getValue())));
        return modes;
    }

    public void setPreference(MemberId member, NotificationKind kind, MailMode mode) {
        jdbc.sql("""
                        insert into notification_preference (member_id, kind, mode) values (?, ?, ?)
                        on conflict (member_id, kind) do update set mode = excluded.mode""")
                .params(member.value(), kind.code(), mode.name()).update();
    }

    public int unreadCount(MemberId member) {
        return jdbc.sql("select count(*) from notification where member_id = ? and read_at is null")
                .param(member.value()).query(Integer.class).single();
    }

    /**
     * Unread notices of followed activity by the link they carry, whose post may have been hidden since:
     * of the {@code links} newest links only, since the count runs on every page; notices about older
     * posts than those are counted as they are.
     */
    public java.util.Map<String, Integer> unreadFollowedByLink(MemberId member, int links) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select link, count(*) from notification
                        where member_id = ? and read_at is null and kind = ? and link is not null
                        group by link order by max(created_at) desc limit ?""")
                .params(member.value(), NotificationKind.FOLLOWED_ACTIVITY.code(), links)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    public List<Notification> latest(MemberId member, int limit) {
        return jdbc.sql("""
                        select id, kind, detail, subject_title, link, created_at, read_at from notification
                        where member_id = ? order by created_at desc, id desc limit ?""")
                .params(member.value(), limit)
                .query(NotificationRepository::notification).list();
    }

    private static Notification notification(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Notification(NotificationId.of(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }

    public int markAllRead(MemberId member) {
        return jdbc.sql("update notification set read_at = now() where member_id = ? and read_at is null")
                .param(member.value()).update();
    }
}
