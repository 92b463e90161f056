package eu.buyzet.portal.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import eu.buyzet.portal.shared.api.ApiPaths;
import eu.buyzet.portal.shared.api.ProblemResponses;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Sessions cost memory on every node, so an anonymous visitor gets one only for a real page, and
 * not for long (issue 15):
 * <ul>
 * <li>the page asked for before sign-in is remembered in a cookie, not in a session, so a redirect
 *     to sign-in creates none;</li>
 * <li>a request the firewall refuses (a session id in the address, an encoded slash) is a plain
 *     400, not an error page that would need one (and would echo the address);</li>
 * <li>a page opened without signing in keeps its session for {@code anonymous-timeout} of
 *     inactivity instead of the signed-in timeout; signing in gives the full timeout back at the
 *     next page.</li>
 * </ul>
 * {@link NewSessionLimit} caps how many new sessions one client may open.
 */
@Configuration(proxyBeanMethods = false)
class AnonymousSessions {

    AnonymousSessions(VaadinDefaultRequestCache requestCache) {
        requestCache.setDelegateRequestCache(new CookieRequestCache());
    }

    /** Written here, not through the error page, which would echo the refused address (and a session id in it). */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, refused) -> {
            if (ApiPaths.isApi(request)) {
                ProblemResponses.write(response, 400, "bad-request", "This address is not allowed", null);
                return;
            }
            response.setStatus(400);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Bad request / Ugyldig forespørsel\n");
        };
    }

    @Bean
    VaadinServiceInitListener anonymousSessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration signedIn,
            @Value("${buyzet.sessions.anonymous-timeout:10m}") Duration anonymous) {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            VaadinSession vaadin = init.getUI().getSession();
            WrappedSession session = vaadin == null ? null : vaadin.getSession();
            if (session != null) {
                session.setMaxInactiveInterval((int) (isSignedIn() ? signedIn : anonymous).toSeconds());
            }
        });
    }

    static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
