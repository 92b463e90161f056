package eu.buyzet.portal.audit.internal;

import eu.buyzet.portal.audit.AuditEvent;
import eu.buyzet.portal.audit.AuditFilter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class AuditRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Adds a row naming the actor by pseudonym (decision 017). The member's pseudonym is made on
     * their first action and carries their current name; the row itself holds neither.
     */
    public void insert(@Nullable Long actorId, @Nullable String actorName, String action, String subjectType,
                       String subjectId,
                       Map<String, ?> details) {
        String detailsJson = json.writeValueAsString(details);
        if (actorId == null) {
            jdbc.sql("""
                    insert into audit_event (action, subject_type, subject_id, details)
                    values (?, ?, ?, cast(? as jsonb))""")
                    .params(action, subjectType, subjectId, detailsJson).update();
            return;
        }
        // the statement's snapshot still sees an existing pseudonym when the upsert changes nothing
        jdbc.sql("""
                with actor as (
                    insert into audit_actor (member_id, name) values (:member, :name)
                    on conflict (member_id) do update set name = excluded.name
                        where audit_actor.name is distinct from excluded.name
                    returning pseudonym)
                insert into audit_event (actor_ref, action, subject_type, subject_id, details)
                values (coalesce((select pseudonym from actor),
                                 (select pseudonym from audit_actor where member_id = :member)),
                        :action, :subjectType, :subjectId, cast(:details as jsonb))""")
                .param("member", actorId).param("name", actorName == null ? "" : actorName)
                .param("action", action).param("subjectType", subjectType).param("subjectId", subjectId)
                .param("details", detailsJson).update();
    }

    public List<AuditEvent> about(String subjectType, String subjectId, int limit) {
        return jdbc.sql("""
                select %s from audit_event e left join audit_actor a on a.pseudonym = e.actor_ref
                where e.subject_type = ? and e.subject_id = ? order by e.occurred_at desc, e.id desc limit ?""".formatted(COLUMNS))
                .params(subjectType, subjectId, limit)
                .query(AuditRepository::map).list();
    }

    private static final String COLUMNS =
            "e.id, e.occurred_at, e.actor_ref::text, a.name, e.action, e.subject_type, e.subject_id, e.details::text";
    private static final String FROM = " from audit_event e left join audit_actor a on a.pseudonym = e.actor_ref";

    /** Newest first; the conditions use audit_event_occurred_idx, _actor_idx or _subject_idx. */
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        return jdbc.sql("select " + COLUMNS + FROM + where.sql
                        + " order by e.occurred_at desc, e.id desc limit " + limit + " offset " + offset)
                .params(where.params).query(AuditRepository::map).list();
    }

    public int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*)" + FROM + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    /** Every matching event, newest first, one at a time, for an export of any size. */
    public void each(AuditFilter filter, java.util.function.Consumer<AuditEvent> each) {
        Where where = where(filter);
        jdbc.sql("select " + COLUMNS + FROM + where.sql + " order by e.occurred_at desc, e.id desc")
                .params(where.params).query(AuditRepository::map).stream().forEach(each);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> conditions = new java.util.ArrayList<>();
        List<Object> params = new java.util.ArrayList<>();
        if (f.action() != null && !f.action().isBlank()) {
            conditions.add("e.action like ?");
            params.add(eu.buyzet.portal.shared.SqlText.escapeLike(f.action().strip()) + "%");
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            // a part of a member's name, or the start of a pseudonym ("#3f9a" or "3f9a") for a former member
            String actor = f.actor().strip();
            conditions.add("(a.name ilike ? or a.pseudonym::text like ?)");
            params.add("%" + eu.buyzet.portal.shared.SqlText.escapeLike(actor) + "%");
            params.add(eu.buyzet.portal.shared.SqlText.escapeLike(
                    actor.startsWith("#") ? actor.substring(1).strip().toLowerCase(java.util.Locale.ROOT)
                            : actor.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (f.subjectType() != null && !f.subjectType().isBlank()) {
            conditions.add("e.subject_type = ?");
            params.add(f.subjectType().strip());
        }
        if (f.subjectId() != null && !f.subjectId().isBlank()) {
            conditions.add("e.subject_id = ?");
            params.add(f.subjectId().strip());
        }
        java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
        if (f.from() != null) {
            conditions.add("e.occurred_at >= ?");
            params.add(java.sql.Timestamp.from(f.from().atStartOfDay(oslo).toInstant()));
        }
        if (f.to() != null) {
            conditions.add("e.occurred_at < ?");
            params.add(java.sql.Timestamp.from(f.to().plusDays(1).atStartOfDay(oslo).toInstant()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static AuditEvent map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
