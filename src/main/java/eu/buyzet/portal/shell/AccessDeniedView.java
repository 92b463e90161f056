package eu.buyzet.portal.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the user may not open, or one that does not exist (Vaadin's access control cannot tell
 * them apart). Both answer "not found": a 403 would tell an outsider that the page exists.
 */
@AnonymousAllowed
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.not-found.heading", "error.not-found.message");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
