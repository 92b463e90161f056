package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in a click or a form submit: the user gets a message in their language with an
 * incident number; the log gets the stack trace under the same number.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        String key = UserFacingErrors.messageKey(event.getThrowable());
        if ("error.unexpected".equals(key)) {
            log.error("Incident {}", incident, event.getThrowable());
        } else {
            log.warn("Incident {}: {}", incident, event.getThrowable().toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> FieldErrors.notifyError(ui, ui.getTranslation(key) + " ("
                    + ui.getTranslation("error.incident", incident) + ")"));
        }
    }
}
