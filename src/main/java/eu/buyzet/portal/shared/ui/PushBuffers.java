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
 * Every open page keeps one WebSocket for push, and Atmosphere gives each socket a byte buffer and a
 * char buffer of {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16 K: 48 KB of
 * every signed-in session's heap, found by a heap dump's paths to the roots (decision 053). Atmosphere
 * 3.0's {@code WebSocket} never reads or writes through them (its only use is to clear them when the
 * socket closes; messages go through the container's own buffers), so they can be tiny. Atmosphere
 * reads the setting as each socket opens, from its framework's parameters, so setting it on the
 * framework Vaadin made is enough.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";

    /** Bytes and characters: not zero, in case a later Atmosphere writes through them after all. */
    static final String SIZE = "64";

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
            atmosphere.addInitParameter(BUFFER_SIZE, SIZE);
        } else {
            log.warn("Push has no Atmosphere framework to size its sockets' buffers: each open page keeps 48 KB of them");
        }
    }
}
