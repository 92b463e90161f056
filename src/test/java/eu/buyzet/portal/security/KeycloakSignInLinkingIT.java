package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How a Keycloak identity becomes a portal member (the directory behind the OIDC sign-in). */
@PortalIntegrationTest
class KeycloakSignInLinkingIT {

    @Autowired PortalUserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MemberService members;
    @Autowired org.springframework.security.core.context.SecurityContextHolderStrategy security;

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

    @Test
    void a_verified_stranger_asks_for_membership_once_and_is_linked_after_an_admin_adds_them() {
        directory.requestMembership("subject-newcomer", "ny@bydel.oslo.kommune.no", "Nina Ny");
        directory.requestMembership("subject-newcomer", "ny@bydel.oslo.kommune.no", "Nina Ny");
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        try {
            assertThat(members.membershipRequests(new PageRequest(0, 50)))
                    .filteredOn(r -> r.email().equals("ny@bydel.oslo.kommune.no")).hasSize(1);
            assertThat(jdbc.sql("""
                    select count(*) from notification n join member m on m.id = n.member_id
                    where m.email = 'admin@demo.buyzet.eu' and n.kind = 'membership-requested' and n.subject_title = 'Nina Ny'""")
                    .query(Integer.class).single()).isEqualTo(1);
            OrganisationId oslo = OrganisationId.of(jdbc.sql("select organisation_id from member where email = 'agency@demo.buyzet.eu'")
                    .query(Long.class).single());
            members.create(new MemberDetails("ny@bydel.oslo.kommune.no", "Nina Ny", oslo, Set.of(Role.AGENCY), true));
            assertThat(members.membershipRequests(new PageRequest(0, 50)))
                    .noneMatch(r -> r.email().equals("ny@bydel.oslo.kommune.no"));
        } finally {
            TestUsers.signOut(security);
        }
        assertThat(directory.signInWithKeycloak("subject-newcomer", "ny@bydel.oslo.kommune.no", true, Set.of(Role.AGENCY)))
                .hasValueSatisfying(u -> assertThat(u.displayName()).isEqualTo("Nina Ny"));
    }
}
