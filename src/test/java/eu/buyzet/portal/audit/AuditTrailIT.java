package eu.buyzet.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself keeps the audit trail append-only, for the application's own user too. */
@PortalIntegrationTest
class AuditTrailIT {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @Test
    void audit_rows_cannot_be_changed_or_deleted_with_the_applications_database_user() {
        audit.record("test.appended", "test", "append-only", Map.of("before", "a", "after", "b"));
        long id = jdbc.sql("select id from audit_event where subject_id = 'append-only'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'forged' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.sql("select action from audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo("test.appended");
    }
}
