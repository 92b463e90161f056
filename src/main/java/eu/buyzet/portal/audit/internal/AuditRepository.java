package eu.buyzet.portal.audit.internal;

import eu.buyzet.portal.audit.AuditEvent;
import eu.buyzet.portal.audit.AuditFilter;
import java.util.List;
import java.util.Map;
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

    public void insert(Long actorId, String actorName, String action, String subjectType, String subjectId,
                       Map<String, ?> details) {
        jdbc.sql("""
                insert into audit_event (actor_id, actor_name, action, subject_type, subject_id, details)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(actorId, actorName, action, subjectType, subjectId, json.writeValueAsString(details))
                .update();
    }

    public List<AuditEvent> about(String subjectType, String subjectId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, details::text
                from audit_event where subject_type = ? and subject_id = ? order by occurred_at desc, id desc limit ?""")
                .params(subjectType, subjectId, limit)
                .query(AuditRepository::map).list();
    }

    private static final String COLUMNS =
            "id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, details::text";

    /** Newest first; the conditions use audit_event_occurred_idx, _actor_idx or _subject_idx. */
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        return jdbc.sql("select " + COLUMNS + " from audit_event" + where.sql
                        + " order by occurred_at desc, id desc limit " + limit + " offset " + offset)
                .params(where.params).query(AuditRepository::map).list();
    }

    public int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from audit_event" + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    /** Every matching event, newest first, one at a time, for an export of any size. */
    public void each(AuditFilter filter, java.util.function.Consumer<AuditEvent> each) {
        Where where = where(filter);
        jdbc.sql("select " + COLUMNS + " from audit_event" + where.sql + " order by occurred_at desc, id desc")
                .params(where.params).query(AuditRepository::map).stream().forEach(each);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> conditions = new java.util.ArrayList<>();
        List<Object> params = new java.util.ArrayList<>();
        if (f.action() != null && !f.action().isBlank()) {
            conditions.add("action like ?");
            params.add(eu.buyzet.portal.shared.SqlText.escapeLike(f.action().strip()) + "%");
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            conditions.add("actor_name ilike ?");
            params.add("%" + eu.buyzet.portal.shared.SqlText.escapeLike(f.actor().strip()) + "%");
        }
        if (f.subjectType() != null && !f.subjectType().isBlank()) {
            conditions.add("subject_type = ?");
            params.add(f.subjectType().strip());
        }
        if (f.subjectId() != null && !f.subjectId().isBlank()) {
            conditions.add("subject_id = ?");
            params.add(f.subjectId().strip());
        }
        java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
        if (f.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(java.sql.Timestamp.from(f.from().atStartOfDay(oslo).toInstant()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(java.sql.Timestamp.from(f.to().plusDays(1).atStartOfDay(oslo).toInstant()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static AuditEvent map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
