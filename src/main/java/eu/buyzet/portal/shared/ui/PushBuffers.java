package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every open page keeps one WebSocket for push, and Vaadin asks Atmosphere to give each a receiving
 * buffer of 16 K characters and another of 16 KiB: about 48 KB of every signed-in session's heap
 * (decision 052). Nothing large ever arrives on that socket: the portal sends every request from the
 * browser as plain HTTP ({@code WEBSOCKET_XHR}), so the socket only carries the transport's own short
 * messages up and UIDL updates down, which these buffers do not hold. Atmosphere reads the sizes when
 * each socket opens, so setting them on its framework once Vaadin has made it is enough.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    /** Characters and bytes: many times the longest message the push transport sends up. */
    static final String SIZE = "2048";

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        var servlet = service.getServlet();
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", SIZE);
            atmosphere.addInitParameter("org.atmosphere.websocket.maxBinaryMessageSize", SIZE);
        } else {
            log.warn("Push has no Atmosphere framework to size its WebSocket buffers: each page keeps 48 KB of them");
        }
    }
}
