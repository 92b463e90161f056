package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.Application;
import eu.buyzet.portal.audit.AuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An external PostgreSQL set up as the README says (db/roles/10-buyzet-roles.sql, then the two
 * passwords): Liquibase migrates as the schema owner, the pool runs as the application's role and
 * may add to the audit trail but not change it.
 */
class ExternalDatabaseRolesIT {

    @Test
    void the_portal_migrates_as_the_schema_owner_and_runs_as_the_application_role() throws Exception {
        String ownerPassword = UUID.randomUUID().toString();
        String appPassword = UUID.randomUUID().toString();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(Files.readString(Path.of("db/roles/10-buyzet-roles.sql")));
                s.execute("alter role buyzet_owner password '" + ownerPassword + "'");
                s.execute("alter role buyzet_app password '" + appPassword + "'");
            }
            try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0", "--vaadin.launch-browser=false", "--buyzet.jobs.enabled=false",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=buyzet_app", "--spring.datasource.password=" + appPassword,
                    "--spring.liquibase.user=buyzet_owner", "--spring.liquibase.password=" + ownerPassword,
                    "--buyzet.demo-data=true")) {
                JdbcClient jdbc = portal.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("buyzet_app");
                assertThat(jdbc.sql("select count(*) from member where email = 'admin@demo.buyzet.eu'")
                        .query(Integer.class).single()).as("demo data, loaded by the owner, is the app's to read").isEqualTo(1);
                assertThat(jdbc.sql("""
                        select count(*) from pg_class where relnamespace = 'public'::regnamespace
                          and relowner <> 'buyzet_owner'::regrole""").query(Integer.class).single()).isZero();

                portal.getBean(AuditTrail.class).record("external-roles.appended", "test", "external", Map.of());
                assertThat(jdbc.sql("select count(*) from audit_event where action = 'external-roles.appended'")
                        .query(Integer.class).single()).isEqualTo(1);
                assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'forged'").update())
                        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
                assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger all").update())
                        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
                assertThatThrownBy(() -> jdbc.sql("select count(*) from databasechangelog").query(Integer.class).single())
                        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
            }
        }
    }
}
