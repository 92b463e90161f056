package eu.buyzet.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.notification.DevMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Without the dev profile (the production jar, and every other test) the outbox of everyone's
 * confirmation links has no page: no bean, no route, even for an administrator.
 */
@PortalIntegrationTest
@ViewPackages(classes = DevMailboxView.class)
class DevMailboxAbsentIT extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired DevMailboxRoute route;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void without_the_dev_profile_there_is_no_dev_mailbox_bean_and_no_route_even_for_an_admin() {
        assertThat(context.getBeanNamesForType(DevMailbox.class)).isEmpty();

        route.serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(DevMailboxView.PATH)).isFalse();

        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        UI.getCurrent().navigate(DevMailboxView.PATH);
        assertThat(getCurrentView()).isNotInstanceOf(DevMailboxView.class);
        assertThat($(DevMailboxView.class).exists()).isFalse();
    }
}
