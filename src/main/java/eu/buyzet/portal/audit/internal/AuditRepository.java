package eu.buyzet.portal.audit.internal;

import eu.buyzet.portal.audit.AuditEvent;
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
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        (Long) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
