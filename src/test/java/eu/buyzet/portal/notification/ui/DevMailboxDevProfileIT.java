package eu.buyzet.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.notification.DevMailbox;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.OutgoingMail;
import eu.buyzet.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Under the dev profile ({@code ./mvnw spring-boot:run}) the dev mailbox exists, and still only an
 * administrator reads it: the outbox holds other people's sign-up links. (A Spring context of its
 * own, as the profile differs from every other integration test.)
 */
@PortalIntegrationTest
@ActiveProfiles("dev")
// the tests' context has an SMTP host, which turns the mailbox's default off: turn it on as on the embedded default
@TestPropertySource(properties = "buyzet.mail.dev-mailbox=true")
@ViewPackages(classes = DevMailboxView.class)
class DevMailboxDevProfileIT extends SpringBrowserlessTest {

    private static final String SUBJECT = "Dev mailbox test " + java.util.UUID.randomUUID();

    @Autowired DevMailbox mailbox;
    @Autowired NotificationService notifications;
    @Autowired DevMailboxRoute route;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void aMailAndTheRoute() {
        notifications.mail("someone@example.org", "en", "dev-mailbox-test:" + SUBJECT, "mail.signup-subject",
                "mail.signup-body", SUBJECT, "https://example.org/sign-up/confirm/secret", "48");
        // the test harness sets up its routes after the service started: register the route again as the portal does
        if (!RouteConfiguration.forApplicationScope().isPathAvailable(DevMailboxView.PATH)) {
            route.serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));
        }
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void only_an_administrator_reads_the_dev_mailbox() {
        assertThatThrownBy(() -> mailbox.latest(10)).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        for (Role role : new Role[] {Role.AGENCY, Role.SUPPLIER, Role.MODERATOR}) {
            TestUsers.signIn(security, TestUsers.withRoles(role));
            assertThatThrownBy(() -> mailbox.latest(10)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        assertThat(mailbox.latest(50)).extracting(OutgoingMail::body).anyMatch(body -> body.contains(SUBJECT));
    }

    @Test
    void the_route_exists_for_an_administrator_and_refuses_a_supplier() {
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(DevMailboxView.PATH)).isTrue();

        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        UI.getCurrent().navigate(DevMailboxView.PATH);
        assertThat(getCurrentView()).isNotInstanceOf(DevMailboxView.class);

        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        UI.getCurrent().navigate(DevMailboxView.PATH);
        assertThat(getCurrentView()).isInstanceOf(DevMailboxView.class);
        assertThat($(Div.class).id("dev-mails").getElement().getTextRecursively()).contains(SUBJECT);
    }
}
