package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production topology without Docker: the production jar against an external PostgreSQL
 * (configured through the usual Spring Boot environment variables, with the README's two roles:
 * the pool as buyzet_app, migrations as buyzet_owner) and a real Keycloak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakSignInBrowserIT {

    private EmbeddedPostgres postgres;
    private KeycloakServer keycloak;
    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        String secret = UUID.randomUUID().toString();
        int portalPort = PortalProcess.freePort();
        postgres = EmbeddedPostgres.builder().start();
        // the README's set-up of an external PostgreSQL: the schema owner and the application's role
        String ownerPassword = UUID.randomUUID().toString();
        String appPassword = UUID.randomUUID().toString();
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute(java.nio.file.Files.readString(java.nio.file.Path.of("db/roles/10-buyzet-roles.sql")));
            s.execute("alter role buyzet_owner password '" + ownerPassword + "'");
            s.execute("alter role buyzet_app password '" + appPassword + "'");
        }
        keycloak = KeycloakServer.start(secret, "http://localhost:" + portalPort);
        // a person Keycloak knows and the portal has as a demo member, and one it does not know
        keycloak.createUser("ingrid", "agency@demo.buyzet.eu", "kc-password-1", List.of("AGENCY"));
        keycloak.createUser("stranger", "stranger@example.org", "kc-password-2", List.of("SUPPLIER"));
        portal = PortalProcess.start("keycloak", portalPort, Map.of(
                "SPRING_PROFILES_ACTIVE", "keycloak",
                // no user in the address: pgjdbc would prefer it to the username
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "buyzet_app",
                "SPRING_DATASOURCE_PASSWORD", appPassword,
                "SPRING_LIQUIBASE_USER", "buyzet_owner",
                "SPRING_LIQUIBASE_PASSWORD", ownerPassword,
                "BUYZET_DEMO_DATA", "true",
                "KEYCLOAK_ISSUER_URI", keycloak.issuer(),
                "KEYCLOAK_CLIENT_SECRET", secret));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(postgres, keycloak, portal, chromium);
    }

    @Test
    void a_known_member_signs_in_through_keycloak_with_their_roles_and_signs_out_of_both() throws Exception {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/");
            keycloakSignIn(page, "ingrid", "kc-password-1");

            assertThat(page.locator("#home-roles")).hasText("Municipal agency");
            assertThat(page.locator("#home-organisation")).containsText("Renovasjons- og gjenvinningsetaten");
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Organisations")))
                    .hasCount(0);
            Chromium.assertAccessible(page);
            assertThat(keycloak.sessionCount("ingrid")).isEqualTo(1);

            page.locator("#sign-out").click();
            // RP-initiated logout ends the Keycloak session too: the next visit asks for credentials again
            page.locator("#username").waitFor();
            assertThat(keycloak.sessionCount("ingrid")).isZero();
            page.navigate(portal.baseUrl() + "/");
            assertThat(page.locator("#username")).isVisible();
        }
    }

    @Test
    void a_keycloak_user_unknown_to_the_portal_asks_for_membership_and_is_told_what_happens_next() {
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/");
            keycloakSignIn(page, "stranger", "kc-password-2");
            assertThat(page.locator("h1")).hasText("Vi kunne ikke logge deg inn");
            assertThat(page.locator("#error-message")).containsText("ikke medlem av portalen ennå");
            Chromium.assertAccessible(page);
        }
    }

    private static void keycloakSignIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }
}
