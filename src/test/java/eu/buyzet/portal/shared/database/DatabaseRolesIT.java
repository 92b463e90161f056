package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.audit.AuditTrail;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's own database connections cannot undo the audit trail's protection: the pool's role
 * is no superuser, owns nothing, and may only read and add audit rows; the triggers still hold for
 * the owner. And the embedded server lets no one in without a password (decision 017).
 */
@PortalIntegrationTest
class DatabaseRolesIT {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired @Qualifier("schemaOwnerDataSource") DataSource ownerDataSource;
    @Autowired EmbeddedDatabase database;
    @Autowired AuditTrail audit;

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void the_pool_connects_as_a_role_that_is_no_superuser_and_owns_no_table_not_even_the_audit_trail() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedCredentials.APP_ROLE);
        assertThat(jdbc.sql("""
                select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication
                from pg_roles where rolname = current_user""").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select pg_get_userbyid(relowner) from pg_class where oid = 'audit_event'::regclass")
                .query(String.class).single()).isEqualTo(EmbeddedCredentials.OWNER_ROLE);
        assertThat(jdbc.sql("select pg_has_role(current_user, 'buyzet_owner', 'member')").query(Boolean.class).single())
                .as("the pool's role holds no owner rights through membership either").isFalse();
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
                  and c.relowner = (select oid from pg_roles where rolname = current_user)""")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select has_schema_privilege('public', 'create')").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select has_database_privilege(current_database(), 'temporary')").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select has_table_privilege('audit_event', 'insert') and has_table_privilege('audit_event', 'select')")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select has_table_privilege('databasechangelog', 'select')").query(Boolean.class).single())
                .as("Liquibase's record is the owner's").isFalse();
    }

    @Test
    void the_pool_can_neither_change_nor_delete_nor_unprotect_the_audit_trail() throws SQLException {
        audit.record("roles-test.appended", "test", "roles", Map.of("before", "a", "after", "b"));
        long id = jdbc.sql("select id from audit_event where subject_id = 'roles' order by id desc limit 1")
                .query(Long.class).single();

        for (String sql : List.of(
                "alter table audit_event disable trigger audit_event_no_update",
                "alter table audit_event disable trigger all",
                "drop trigger audit_event_no_update on audit_event",
                "drop trigger audit_event_no_truncate on audit_event",
                "drop function audit_event_is_append_only() cascade",
                "alter table audit_event owner to buyzet_app",
                "create trigger sneaky before insert on audit_event for each row execute function audit_event_is_append_only()",
                "update audit_event set action = 'forged' where id = " + id,
                "delete from audit_event where id = " + id,
                "truncate audit_event",
                "truncate audit_event cascade",
                "delete from audit_actor",
                "truncate audit_actor cascade",
                "alter table audit_actor disable trigger all",
                "set role buyzet_owner",
                "set session_replication_role = replica")) {
            assertRefused(dataSource, sql);
        }
        assertThat(jdbc.sql("select action from audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo("roles-test.appended");
        jdbc.sql("grant update, delete on audit_event to buyzet_app").update(); // no grant option: a warning, nothing granted
        assertThat(jdbc.sql("select has_table_privilege('audit_event', 'update') or has_table_privilege('audit_event', 'delete')")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass and not tgisinternal and tgenabled = 'O'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void the_pool_can_drop_no_table() throws SQLException {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by 1")
                .query(String.class).list();
        assertThat(tables).contains("audit_event", "member", "submission");
        for (String table : tables) {
            assertRefused(dataSource, "drop table " + table + " cascade");
            assertRefused(dataSource, "alter table " + table + " rename to dropped_" + table);
        }
    }

    @Test
    void the_triggers_still_refuse_the_schema_owner_to_change_the_audit_trail() {
        audit.record("roles-test.owner", "test", "owner", Map.of());
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        assertThat(owner.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedCredentials.OWNER_ROLE);
        assertThatThrownBy(() -> owner.sql("update audit_event set action = 'forged' where subject_id = 'owner'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event where subject_id = 'owner'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void the_embedded_server_lets_no_one_in_from_loopback_without_the_password() throws Exception {
        for (String host : List.of("127.0.0.1", "localhost")) {
            for (String user : List.of(EmbeddedCredentials.SUPERUSER, EmbeddedCredentials.OWNER_ROLE,
                    EmbeddedCredentials.APP_ROLE)) {
                String url = "jdbc:postgresql://" + host + ":" + database.port() + "/postgres";
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, null).close())
                        .as("%s at %s without a password", user, host)
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, "postgres").close())
                        .as("%s at %s with a guessed password", user, host)
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            }
        }

        Properties superuser = new Properties();
        superuser.setProperty("user", EmbeddedCredentials.SUPERUSER);
        superuser.setProperty("password", database.credentials().superuser());
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), superuser);
             Statement s = c.createStatement()) {
            var rules = s.executeQuery("select type, auth_method, address from pg_hba_file_rules where error is null");
            int count = 0;
            while (rules.next()) {
                count++;
                assertThat(rules.getString("auth_method")).isEqualTo("scram-sha-256");
                assertThat(rules.getString("address")).isIn(null, "127.0.0.1", "::1");
            }
            assertThat(count).isPositive();
            var listen = s.executeQuery("show listen_addresses");
            listen.next();
            assertThat(listen.getString(1)).isEqualTo("localhost");
        }
        var file = database.dataDir().resolve(EmbeddedCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    /** Runs the statement in a transaction that is always rolled back, and expects the database to refuse it. */
    private static void assertRefused(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Savepoint before = c.setSavepoint();
            try (Statement s = c.createStatement()) {
                s.execute(sql);
                c.rollback();
                fail("The pool's role was allowed: " + sql);
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as(sql + ": " + refused.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                c.rollback(before);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
