package eu.buyzet.portal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections, on every response: Vaadin's pages, the open API, static files,
 * error pages and the refusals of the filters in front (rate limit, API edge). It runs before all
 * of them, outside Spring Security, so nothing the portal answers goes without. See
 * docs/decisions/018-content-security-policy-and-headers.md for why each directive is what it is.
 * <ul>
 * <li>Content-Security-Policy: scripts only from the portal and, inline, only those carrying this
 *     response's nonce (Vaadin's bootstrap page gets it from {@link ScriptNonces});
 *     {@code 'unsafe-eval'} because Vaadin Flow 25.2 builds functions from what the server sends;
 *     inline styles, which Vaadin's components set; no plugins, no framing, no foreign base URL,
 *     forms post only to the portal (and to Keycloak in keycloak mode).</li>
 * <li>X-Content-Type-Options, Referrer-Policy, Permissions-Policy, X-Frame-Options.</li>
 * <li>Strict-Transport-Security, only on requests that arrived over TLS: directly, or through a
 *     trusted proxy that said {@code X-Forwarded-Proto: https} (server.forward-headers-strategy).</li>
 * </ul>
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /** The request attribute holding this response's script nonce. */
    static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final SecureRandom random = new SecureRandom();
    private final String formAction;

    /** @param extraFormAction another origin forms may post to (Keycloak's), or null */
    SecurityHeaders(@Nullable String extraFormAction) {
        this.formAction = "'self'" + (extraFormAction == null || extraFormAction.isBlank() ? "" : " " + extraFormAction);
    }

    static String policy(String nonce, String formAction) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "worker-src 'self'; "
                + "manifest-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action " + formAction + "; "
                + "frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        write(request, response, nonce);
        chain.doFilter(request, response);
    }

    /** An error page is rendered in a nested dispatch: it carries the headers of its request again. */
    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        Object nonce = request.getAttribute(NONCE_ATTRIBUTE);
        if (nonce != null && !response.isCommitted()) {
            write(request, response, nonce.toString());
        }
        chain.doFilter(request, response);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String nonce) {
        response.setHeader("Content-Security-Policy", policy(nonce, formAction));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
