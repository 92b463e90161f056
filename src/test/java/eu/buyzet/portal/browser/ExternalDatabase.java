package eu.buyzet.portal.browser;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A PostgreSQL the portal reaches as an external database, the way production does: the README's
 * two roles (the pool as buyzet_app, migrations as buyzet_owner) with passwords of their own,
 * passed through the usual Spring Boot environment variables.
 */
final class ExternalDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String ownerPassword = UUID.randomUUID().toString();
    private final String appPassword = UUID.randomUUID().toString();

    private ExternalDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("db/roles/10-buyzet-roles.sql")));
            s.execute("alter role buyzet_owner password '" + ownerPassword + "'");
            s.execute("alter role buyzet_app password '" + appPassword + "'");
        }
    }

    static ExternalDatabase start() throws Exception {
        return new ExternalDatabase();
    }

    /** The environment of a portal on this database, with the demo data loaded by the first. */
    Map<String, String> portalEnvironment() {
        return Map.of(
                // no user in the address: pgjdbc would prefer it to the username
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "buyzet_app",
                "SPRING_DATASOURCE_PASSWORD", appPassword,
                "SPRING_LIQUIBASE_USER", "buyzet_owner",
                "SPRING_LIQUIBASE_PASSWORD", ownerPassword,
                "BUYZET_DEMO_DATA", "true");
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }
}
