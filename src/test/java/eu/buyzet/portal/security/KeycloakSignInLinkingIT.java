package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How a Keycloak identity becomes a portal member (the directory behind the OIDC sign-in). */
@PortalIntegrationTest
class KeycloakSignInLinkingIT {

    @Autowired PortalUserDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void the_first_sign_in_with_a_known_verified_email_links_that_member_and_takes_keycloaks_roles() {
        var user = directory.signInWithKeycloak("subject-agency2", "AGENCY2@demo.buyzet.eu", true,
                Set.of(Role.AGENCY, Role.MODERATOR));
        assertThat(user).hasValueSatisfying(u -> {
            assertThat(u.email()).isEqualTo("agency2@demo.buyzet.eu");
            assertThat(u.roles()).containsExactlyInAnyOrder(Role.AGENCY, Role.MODERATOR);
        });
        // later sign-ins find the member by subject, even if the email changed in Keycloak
        assertThat(directory.signInWithKeycloak("subject-agency2", "new-address@example.org", true, Set.of(Role.AGENCY)))
                .hasValueSatisfying(u -> assertThat(u.roles()).containsExactly(Role.AGENCY));
    }

    @Test
    void an_unverified_email_links_nobody() {
        assertThat(directory.signInWithKeycloak("subject-x", "supplier2@demo.buyzet.eu", false, Set.of(Role.SUPPLIER)))
                .isEmpty();
        assertThat(jdbc.sql("select keycloak_subject from member where email = 'supplier2@demo.buyzet.eu'")
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void a_person_the_portal_does_not_know_is_not_signed_in() {
        assertThat(directory.signInWithKeycloak("subject-stranger", "stranger@example.org", true, Set.of(Role.SUPPLIER)))
                .isEmpty();
    }

    @Test
    void a_member_already_linked_to_one_subject_cannot_be_taken_over_by_another() {
        assertThat(directory.signInWithKeycloak("subject-moderator", "moderator@demo.buyzet.eu", true,
                Set.of(Role.MODERATOR))).isPresent();
        assertThat(directory.signInWithKeycloak("subject-impostor", "moderator@demo.buyzet.eu", true,
                Set.of(Role.ADMIN))).isEmpty();
    }
}
