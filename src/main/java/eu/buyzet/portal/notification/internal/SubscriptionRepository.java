package eu.buyzet.portal.notification.internal;

import eu.buyzet.portal.notification.Subscription;
import eu.buyzet.portal.notification.SubscriptionId;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.shared.MemberId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SubscriptionRepository {

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(MemberId member, SubscriptionKind kind, String target, String label) {
        jdbc.sql("""
                        insert into subscription (member_id, kind, target, label) values (?, ?, ?, ?)
                        on conflict (member_id, kind, target) do nothing""")
                .params(member.value(), kind.name(), target, label).update();
    }

    public boolean remove(MemberId member, SubscriptionId id) {
        return jdbc.sql("delete from subscription where id = ? and member_id = ?").params(id.value(), member.value()).update() == 1;
    }

    public boolean removeTarget(MemberId member, SubscriptionKind kind, String target) {
        return jdbc.sql("delete from subscription where member_id = ? and kind = ? and target = ?")
                .params(member.value(), kind.name(), target).update() == 1;
    }

    public List<Subscription> of(MemberId member) {
        return jdbc.sql("select id, kind, target, label, created_at from subscription where member_id = ? order by kind, label")
                .param(member.value())
                .query((rs, n) -> new Subscription(SubscriptionId.of(rs.getLong(1)), SubscriptionKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public boolean exists(MemberId member, SubscriptionKind kind, String target) {
        return jdbc.sql("select exists (select 1 from subscription where member_id = ? and kind = ? and target = ?)")
                .params(member.value(), kind.name(), target).query(Boolean.class).single();
    }

    /** Followers of exactly these targets of one kind. */
    public Set<MemberId> followers(SubscriptionKind kind, Collection<String> targets) {
        if (targets.isEmpty()) {
            return Set.of();
        }
        return new java.util.LinkedHashSet<>(jdbc.sql("select distinct member_id from subscription where kind = ? and target = any (?)")
                .params(kind.name(), targets.toArray(String[]::new))
                .query((rs, n) -> MemberId.of(rs.getLong(1))).list());
    }

    /** Every followed search (as its query string) with who follows it. */
    public java.util.Map<String, Set<MemberId>> searches() {
        java.util.Map<String, Set<MemberId>> searches = new java.util.LinkedHashMap<>();
        jdbc.sql("select target, member_id from subscription where kind = 'SEARCH' order by target, member_id")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), MemberId.of(rs.getLong(2)))).list()
                .forEach(e -> searches.computeIfAbsent(e.getKey(), k -> new java.util.LinkedHashSet<>()).add(e.getValue()));
        return searches;
    }
}
