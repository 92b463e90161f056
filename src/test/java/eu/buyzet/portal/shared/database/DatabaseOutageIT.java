package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.Application;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.organisation.OrganisationFilter;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.UserFacingErrors;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An external PostgreSQL (configured the usual Spring Boot way) goes down and comes back: users get
 * a clear message meanwhile, and the portal recovers by itself without a restart.
 */
class DatabaseOutageIT {

    private SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        if (security != null) {
            TestUsers.signOut(security);
        }
    }

    @Test
    void the_portal_says_the_database_is_unavailable_and_recovers_when_it_returns() throws Exception {
        Path dataDir = Files.createTempDirectory("buyzet-outage");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres postgres = startPostgres(dataDir, port);
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--vaadin.launch-browser=false",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.connection-timeout=1500", "--buyzet.demo-data=true")) {
            OrganisationService organisations = portal.getBean(OrganisationService.class);
            security = portal.getBean(SecurityContextHolderStrategy.class);
            TestUsers.signIn(security, TestUsers.withRoles(Role.ADMIN));
            assertThat(organisations.count(OrganisationFilter.ANY)).isPositive();

            postgres.close();
            assertThatThrownBy(() -> organisations.list(OrganisationFilter.ANY, new PageRequest(0, 10)))
                    .satisfies(e -> assertThat(UserFacingErrors.messageKey(e)).as(chain(e)).isEqualTo("error.database-unavailable"));

            postgres = startPostgres(dataDir, port);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Integer count = null;
            while (count == null && System.nanoTime() < deadline) {
                try {
                    count = organisations.count(OrganisationFilter.ANY);
                } catch (RuntimeException stillReconnecting) {
                    Thread.sleep(250);
                }
            }
            assertThat(count).isNotNull().isPositive();
        } finally {
            postgres.close();
        }
    }

    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(" <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage())
                    .append(t instanceof java.sql.SQLException sql ? " [" + sql.getSQLState() + "]" : "");
            if (t instanceof org.springframework.transaction.TransactionSystemException tse && tse.getApplicationException() != null) {
                b.append(" (application: ").append(chain(tse.getApplicationException())).append(")");
            }
        }
        return b.toString();
    }

    private static EmbeddedPostgres startPostgres(Path dataDir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }
}
