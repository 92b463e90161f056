package eu.buyzet.portal.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded default: a real PostgreSQL whose data folder survives restarts, with the same two
 * roles an external database has (decision 017). The pool connects as the application's role;
 * Liquibase alone connects as the schema owner.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedDefaults.EMBEDDED, havingValue = "true")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${" + EmbeddedDatabaseEarlyStart.DIR + ":" + EmbeddedDatabaseEarlyStart.DEFAULT_DIR + "}") String folder,
                                      @Value("${" + EmbeddedDatabaseEarlyStart.PORT + ":0}") int port,
                                      ObjectProvider<EmbeddedDatabaseEarlyStart.Started> earlyStart) throws IOException {
        // read as the early start reads it: Spring's own conversion to a Path resolves a relative folder as a
        // resource and normalises it ("./data/postgres" became "data/postgres"), so the server started early was
        // not recognised and a second one was started on the same folder, which failed on its lock
        Path dataDir = Path.of(folder);
        // usually started already, in parallel with the context (decision 041)
        EmbeddedDatabaseEarlyStart.Started started = earlyStart.getIfAvailable();
        EmbeddedDatabase early = started == null ? null : started.claim(dataDir, port);
        EmbeddedDatabase database = early != null ? early : EmbeddedDatabase.start(dataDir, port);
        log.info("Embedded PostgreSQL is running on localhost:{} with its data in {}", database.port(), database.dataDir());
        return database;
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(EmbeddedCredentials.APP_ROLE);
        config.setPassword(database.credentials().app());
        config.setPoolName("embedded");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(5000);
        return new HikariDataSource(config);
    }

    /**
     * Only migrations run as the owner; a connection per migration run is enough. Not a default
     * candidate: nothing gets it by type (health checks included), only by its qualifier.
     */
    @Bean(defaultCandidate = false)
    @LiquibaseDataSource
    DataSource schemaOwnerDataSource(EmbeddedDatabase database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
                EmbeddedCredentials.OWNER_ROLE, database.credentials().owner());
    }
}
