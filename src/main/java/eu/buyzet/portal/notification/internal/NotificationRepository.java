package eu.buyzet.portal.notification.internal;

import eu.buyzet.portal.notification.Notification;
import eu.buyzet.portal.notification.NotificationId;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification for every active member of the organisations, except the one who acted. */
    public int addForOrganisations(List<OrganisationId> organisations, MemberId except, String kind, String detail,
                                   String subjectTitle, String link) {
        if (organisations.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        insert into notification (member_id, kind, detail, subject_title, link)
                        select m.id, ?, ?, ?, ? from member m
                        where m.organisation_id = any (?) and m.active and m.id is distinct from ?""")
                .params(kind, detail, subjectTitle, link,
                        organisations.stream().map(OrganisationId::value).toArray(Long[]::new),
                        except == null ? null : except.value())
                .update();
    }

    public int unreadCount(MemberId member) {
        return jdbc.sql("select count(*) from notification where member_id = ? and read_at is null")
                .param(member.value()).query(Integer.class).single();
    }

    public List<Notification> latest(MemberId member, int limit) {
        return jdbc.sql("""
                        select id, kind, detail, subject_title, link, created_at, read_at from notification
                        where member_id = ? order by created_at desc, id desc limit ?""")
                .params(member.value(), limit)
                .query((rs, n) -> new Notification(NotificationId.of(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    public int markAllRead(MemberId member) {
        return jdbc.sql("update notification set read_at = now() where member_id = ? and read_at is null")
                .param(member.value()).update();
    }
}
