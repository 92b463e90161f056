package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/** The requester's network address, for the services' per-client limits (behind a proxy, see ApiRateLimit). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static @Nullable String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }
}
