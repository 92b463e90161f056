package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import eu.buyzet.portal.notification.DevMailbox;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /dev/mailbox} only when the {@link DevMailbox} bean exists (the {@code dev}
 * profile on the embedded default). An annotated {@code @Route} would be found by Vaadin's scan in
 * every portal, and its access check would then tell an outsider that the page exists.
 */
@Component
class DevMailboxRoute implements VaadinServiceInitListener {

    private final ObjectProvider<DevMailbox> mailbox;

    DevMailboxRoute(ObjectProvider<DevMailbox> mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (mailbox.getIfAvailable() == null) {
            return;
        }
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        Class<? extends RouterLayout> layout = registry.getLayout(DevMailboxView.PATH);
        RouteConfiguration.forRegistry(registry).setRoute(DevMailboxView.PATH, DevMailboxView.class,
                layout == null ? List.of() : List.of(layout));
    }
}
