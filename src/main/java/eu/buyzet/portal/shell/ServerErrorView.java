package eu.buyzet.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.ui.UserFacingErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else that breaks while a page opens. The user reads what happened in their language
 * (the database being down is told apart, because it fixes itself); the log keeps the trace.
 */
@AnonymousAllowed
class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        String key = UserFacingErrors.messageKey(parameter.getException());
        if (key.equals("error.database-unavailable")) {
            log.warn("Incident {}: database unavailable: {}", incident, parameter.getException().toString());
            show("error.database-unavailable.heading", key);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (key.equals("error.access-denied")) {
            show("error.access-denied.heading", key);
            return HttpServletResponse.SC_FORBIDDEN;
        }
        log.error("Incident {} while opening {}", incident, event.getLocation().getPath(), parameter.getException());
        show("error.unexpected.heading", "error.unexpected.page", incident);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
