package eu.buyzet.portal.audit.internal;

import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records the member doing. It is not erased: the trail is the procurement
 * record the law requires (the privacy page says so), and the database refuses to change it.
 */
@Component
class AuditPersonalData extends RowsExport {

    AuditPersonalData(JdbcClient jdbc) {
        super(jdbc, "audit", Map.of("actions", """
                select occurred_at, action, subject_type, subject_id from audit_event where actor_id = ?
                order by occurred_at, id"""));
    }
}
