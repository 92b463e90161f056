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
    @Autowired org.springframework.security.core.context.SecurityContextHolderStrategy security;

    private static final eu.buyzet.portal.shared.PageRequest PAGE = new eu.buyzet.portal.shared.PageRequest(0, 50);

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

    @Test
    void an_admin_finds_events_by_action_person_subject_and_day_and_exports_them_as_csv() throws Exception {
        eu.buyzet.portal.TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        audit.record("search-test.first", "forum", 4711, Map.of("why", "første"));
        audit.record("search-test.second", "forum", 4712, Map.of());
        eu.buyzet.portal.TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        try {
            assertThat(audit.search(new AuditFilter("search-test.", null, null, null, null, null), PAGE))
                    .extracting(AuditEvent::action).containsExactly("search-test.second", "search-test.first");
            assertThat(audit.count(new AuditFilter("search-test.", "kari", "forum", "4711", null, null))).isEqualTo(1);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
            assertThat(audit.count(new AuditFilter("search-test.", null, null, null, today, today))).isEqualTo(2);
            assertThat(audit.count(new AuditFilter("search-test.", null, null, null, today.plusDays(1), null))).isZero();
            assertThat(audit.count(new AuditFilter("search-test%", null, null, null, null, null)))
                    .as("a % is a character, not a wildcard").isZero();

            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            audit.exportCsv(new AuditFilter("search-test.", null, null, null, null, null), out);
            String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFoccurred_at,actor_id,actor_name,action").contains("Kari Nilsen")
                    .contains("search-test.first").contains("første");
            assertThat(csv.lines().count()).isEqualTo(3);
            assertThat(audit.count(new AuditFilter("audit.exported", "Ola", null, null, null, null))).isPositive();
        } finally {
            eu.buyzet.portal.TestUsers.signOut(security);
        }
    }
}
