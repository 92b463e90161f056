package eu.buyzet.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// server push: the notification bell updates the moment something happens. Requests from the
// browser stay plain HTTP, so every one passes the security filters (a suspension ends a session).
@Push(transport = Transport.WEBSOCKET_XHR)
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
public class Application implements AppShellConfigurator {

    /**
     * Tomcat gives every WebSocket five buffers of this size (frames in, frames out, their encoder,
     * compression both ways), 8 KiB each by default. Every open page keeps one WebSocket for push,
     * which only carries small UIDL updates down (requests go up as plain HTTP), so 40 KiB of each
     * signed-in session's heap sat in buffers; larger messages simply go in more frames.
     */
    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        // read once, when Tomcat's WebSocket classes load: before the context starts
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, "1024");
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("BuyZET Portal");
    }
}
