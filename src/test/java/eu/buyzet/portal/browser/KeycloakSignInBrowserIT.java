package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production topology without Docker: the production jar against an external PostgreSQL
 * (configured through the usual Spring Boot environment variables, with the README's two roles:
 * the pool as buyzet_app, migrations as buyzet_owner) and a real Keycloak.
 */
@PortalBrowserTest(keycloak = true)
class KeycloakSignInBrowserIT {

    @BeforeAll
    void users(KeycloakServer keycloak) throws Exception {
        // a person Keycloak knows and the portal has as a demo member, and one it does not know
        keycloak.createUser("ingrid", "agency@demo.buyzet.eu", "kc-password-1", List.of("AGENCY"));
        keycloak.createUser("stranger", "stranger@example.org", "kc-password-2", List.of("SUPPLIER"));
    }

    @Test
    void a_known_member_signs_in_through_keycloak_with_their_roles_and_signs_out_of_both(Visitor ingrid,
            KeycloakServer keycloak) throws Exception {
        ingrid.open("/");
        // the front door is public in this mode too; its sign-in link leads to Keycloak
        new FrontDoorPage(ingrid).link("sign-in").click();
        PortalPage start = new KeycloakSignInPage(ingrid).signIn("ingrid", "kc-password-1");

        assertThat(start.homeRoles()).hasText("Municipal agency");
        assertThat(start.homeOrganisation()).containsText("Renovasjons- og gjenvinningsetaten");
        assertThat(start.menuItem("Organisations")).hasCount(0);
        ingrid.assertAccessible();
        assertThat(keycloak.sessionCount("ingrid")).isEqualTo(1);

        start.signOut();
        // RP-initiated logout ends the Keycloak session too: the next visit asks for credentials again
        KeycloakSignInPage keycloakForm = new KeycloakSignInPage(ingrid);
        keycloakForm.username().waitFor();
        assertThat(keycloak.sessionCount("ingrid")).isZero();
        ingrid.open("/");
        new FrontDoorPage(ingrid).link("sign-in").click();
        assertThat(keycloakForm.username()).isVisible();
    }

    @Test
    void a_keycloak_user_unknown_to_the_portal_asks_for_membership_and_is_told_what_happens_next(Portal portal) {
        try (Visitor stranger = portal.anonymous("nb-NO")) {
            stranger.open("/");
            new FrontDoorPage(stranger).link("sign-in").click();
            PortalPage error = new KeycloakSignInPage(stranger).signIn("stranger", "kc-password-2");
            assertThat(error.heading()).hasText("Vi kunne ikke logge deg inn");
            assertThat(error.errorMessage()).containsText("ikke medlem av portalen ennå");
            stranger.assertAccessible();
        }
    }
}
