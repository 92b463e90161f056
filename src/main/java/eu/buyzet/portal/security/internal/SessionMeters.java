package eu.buyzet.portal.security.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * What a node holds in memory for people, as gauges for the autoscaler (docs/scaling.md): the
 * open Vaadin sessions, signed in or not ({@code buyzet.sessions.active}), and their UIs
 * ({@code buyzet.ui.active}). Sessions are the unit of a node's memory (the heap per signed-in
 * session in docs/performance.md), which CPU alone does not show.
 */
@Component
class SessionMeters implements VaadinServiceInitListener {

    /** Each open session, and whether a page was opened in it signed in. */
    private final Map<VaadinSession, Boolean> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger uis = new AtomicInteger();

    SessionMeters(MeterRegistry meters) {
        for (boolean signedIn : new boolean[] {true, false}) {
            Gauge.builder("buyzet.sessions.active", sessions, s -> count(s, signedIn))
                    .description("Open Vaadin sessions on this node").tag("signed_in", String.valueOf(signedIn))
                    .register(meters);
        }
        Gauge.builder("buyzet.ui.active", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs and page loads not yet closed) on this node").register(meters);
    }

    private static double count(Map<VaadinSession, Boolean> sessions, boolean signedIn) {
        return sessions.values().stream().filter(s -> s == signedIn).count();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.put(init.getSession(), false));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.incrementAndGet();
            ui.addDetachListener(detach -> uis.decrementAndGet());
            if (AnonymousSessions.isSignedIn()) {
                // signing in keeps the session (with a new id), so its next page counts it as signed in
                sessions.computeIfPresent(ui.getSession(), (session, before) -> true);
            }
        });
    }
}
