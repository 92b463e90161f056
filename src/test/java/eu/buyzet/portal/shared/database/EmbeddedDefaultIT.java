package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded default keeps its data, durably, and loads the demo data only once; it runs with
 * passwords and two roles, and a data folder of the previous version is upgraded, not lost.
 */
class EmbeddedDefaultIT {

    @Test
    void data_survives_a_stop_and_a_start_and_demo_data_loads_once() throws Exception {
        Path dataDir = Files.createTempDirectory("buyzet-restart");
        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(first.getBean(SpringLiquibase.class).getAnalyticsEnabled())
                    .as("the schema's migration tells liquibase.com nothing").isFalse();
            jdbc.sql("insert into organisation (name, kind, country, org_number) values ('Varig AS', 'SUPPLIER', 'NO', '930000000')")
                    .update();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedCredentials.FILE))))
                .as("the passwords are kept in the data folder for its owner's eyes only").isEqualTo("rw-------");
        // the second time written as the default is, relative and with "./": the server started early for the folder
        // must be the one the portal takes, not a second one refused by the first one's lock
        Path written = Path.of("./" + Path.of("").toAbsolutePath().relativize(dataDir));
        try (ConfigurableApplicationContext second = start(written)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedCredentials.APP_ROLE);
            assertThat(jdbc.sql("select count(*) from organisation where name = 'Varig AS'").query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from member where email = 'admin@demo.buyzet.eu'").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_data_folder_of_the_previous_version_is_upgraded_to_passwords_and_two_roles_and_its_audit_names_to_pseudonyms()
            throws Exception {
        Path dataDir = Files.createTempDirectory("buyzet-upgrade");
        // the previous version: initdb's trust sign-in, the superuser without a password owning every
        // table, and audit rows that carry the actor's member id and name
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection()) {
            Liquibase liquibase = new Liquibase("db/changelog.yaml", new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)));
            List<ChangeSet> all = liquibase.getDatabaseChangeLog().getChangeSets();
            int beforePseudonyms = (int) all.stream().takeWhile(cs -> !cs.getId().startsWith("019-audit")).count();
            liquibase.update(beforePseudonyms, new Contexts("schema"), new LabelExpression());
            JdbcClient jdbc = JdbcClient.create(old.getPostgresDatabase());
            jdbc.sql("insert into organisation (name, kind, country, org_number) values ('Gammel AS', 'SUPPLIER', 'NO', '930000001')")
                    .update();
            long stays = jdbc.sql("""
                    insert into member (organisation_id, email, display_name, roles)
                    select id, 'gunnar@gammel.no', 'Gunnar Gammel', '{SUPPLIER}' from organisation where name = 'Gammel AS'
                    returning id""").query(Long.class).single();
            long left = jdbc.sql("""
                    insert into member (organisation_id, email, display_name, roles, active)
                    select id, 'placeholder@gammel.no', 'Tidligere medlem / Former member', '{}', false
                    from organisation where name = 'Gammel AS' returning id""").query(Long.class).single();
            jdbc.sql("update member set email = 'deleted-' || id || '@invalid.buyzet' where id = ?").param(left).update();
            jdbc.sql("""
                    insert into audit_event (actor_id, actor_name, action, subject_type, subject_id) values
                        (?, 'Gunnar Gammel', 'upgrade-test.stays', 'forum', '1'),
                        (?, 'Dagny Dratt', 'upgrade-test.left', 'forum', '2'),
                        (null, null, 'upgrade-test.system', 'forum', '3')""").params(stays, left).update();
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        try (ConfigurableApplicationContext upgraded = start(dataDir)) {
            JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
            EmbeddedDatabase database = upgraded.getBean(EmbeddedDatabase.class);
            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedCredentials.APP_ROLE);
            assertThat(jdbc.sql("select count(*) from organisation where name = 'Gammel AS'").query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("""
                    select count(*) from pg_class where relnamespace = 'public'::regnamespace
                      and relowner <> 'buyzet_owner'::regrole""").query(Integer.class).single())
                    .as("everything the superuser owned is the schema owner's now").isZero();
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");

            // the audit rows name their actors by pseudonym only; the member who had left has no name at all
            assertThat(jdbc.sql("""
                    select e.action || '|' || coalesce(a.name, '-') || '|' || (a.pseudonym is not null)
                    from audit_event e left join audit_actor a on a.pseudonym = e.actor_ref
                    where e.action like 'upgrade-test.%' order by e.action""").query(String.class).list())
                    .containsExactly("upgrade-test.left|-|true", "upgrade-test.stays|Gunnar Gammel|true",
                            "upgrade-test.system|-|false");
            assertThat(jdbc.sql("select count(*) from audit_event e where row_to_json(e)::text like '%Dagny%'")
                    .query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'audit.actors-pseudonymised'")
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass and not tgisinternal and tgenabled = 'O'")
                    .query(Integer.class).single()).as("the append-only triggers are on again").isEqualTo(2);
        }
        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(again.getBean(JdbcClient.class).sql("select count(*) from organisation where name = 'Gammel AS'")
                    .query(Integer.class).single()).as("the upgraded folder starts like any other").isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--buyzet.database.embedded-dir=" + dataDir, "--vaadin.launch-browser=false");
    }
}
