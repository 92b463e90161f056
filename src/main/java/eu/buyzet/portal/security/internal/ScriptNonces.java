package eu.buyzet.portal.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every script of Vaadin's bootstrap page this response's nonce, so that the
 * Content-Security-Policy ({@link SecurityHeaders}) can allow exactly these inline scripts and no
 * other: a script smuggled into a page has no nonce and does not run.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object nonce = response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
            if (nonce != null) {
                response.getDocument().getElementsByTag("script").attr("nonce", nonce.toString());
            }
        });
    }
}
