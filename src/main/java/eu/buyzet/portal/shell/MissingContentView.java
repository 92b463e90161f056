package eu.buyzet.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A service said the thing asked for does not exist (for this user). */
@AnonymousAllowed
class MissingContentView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found.heading", "error.not-found.message");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
