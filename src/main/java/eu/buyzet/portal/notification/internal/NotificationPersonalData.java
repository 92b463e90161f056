package eu.buyzet.portal.notification.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.privacy.PersonalData;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notifications, mail choices and mails sent to the member. */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Map<String, Object> export(MemberId member) {
        return Map.of(
                "notifications", PersonalData.plain(jdbc.sql("""
                        select kind, detail, subject_title, link, created_at, read_at from notification
                        where member_id = ? order by id""").param(member.value()).query().listOfRows()),
                "preferences", PersonalData.plain(jdbc.sql("select kind, mode from notification_preference where member_id = ? order by kind")
                        .param(member.value()).query().listOfRows()),
                "following", PersonalData.plain(jdbc.sql("select kind, label, created_at from subscription where member_id = ? order by id")
                        .param(member.value()).query().listOfRows()),
                "mails", PersonalData.plain(jdbc.sql("""
                        select to_address, subject, body, created_at, sent_at from mail_outbox
                        where member_id = ? order by id""").param(member.value()).query().listOfRows()));
    }

    @Override
    public void erase(MemberId member) {
        jdbc.sql("delete from notification where member_id = ?").param(member.value()).update();
        jdbc.sql("delete from notification_preference where member_id = ?").param(member.value()).update();
        jdbc.sql("delete from subscription where member_id = ?").param(member.value()).update();
        jdbc.sql("delete from mail_outbox where member_id = ?").param(member.value()).update();
    }
}
