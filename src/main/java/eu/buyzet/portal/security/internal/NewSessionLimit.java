package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.shared.ClientBuckets;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client for requests that come without a session and may open one: a burst
 * of {@code capacity} new sessions, refilled at {@code per-minute}. A browser opens one session
 * and then sends its cookie, so people never meet the limit; a script requesting pages without
 * cookies does, and gets 429 with Retry-After instead of a session held for minutes on the heap.
 * The open API, static files and health checks need no session and are not counted. The client is
 * the address Tomcat reports (behind a trusted proxy, the forwarded one), as for the API's limit.
 */
@Component
@Order(-1005) // after the API's rate limit and before Spring Security, which would open the session
class NewSessionLimit extends OncePerRequestFilter {

    private final ClientBuckets buckets;
    private final Counter refused;

    NewSessionLimit(@Value("${buyzet.sessions.new-per-client.capacity:60}") long capacity,
                    @Value("${buyzet.sessions.new-per-client.per-minute:30}") long perMinute, MeterRegistry meters) {
        this.buckets = ClientBuckets.perMinute(capacity, perMinute);
        this.refused = Counter.builder("buyzet.sessions.refused")
                .description("Requests refused because their client opened too many new sessions").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs") || path.startsWith("/actuator/")
                || path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.startsWith("/icons/")
                || path.equals("/favicon.ico") || path.equals("/robots.txt") || path.startsWith("/attachments/")
                || path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".png") || path.endsWith(".svg")
                || path.endsWith(".webmanifest") || path.endsWith(".woff2");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.take(request.getRemoteAddr());
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        refused.increment();
        long seconds = ClientBuckets.retryAfterSeconds(probe);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("Too many new visits from your address. Please try again in " + seconds
                + " seconds.\nFor mange nye besøk fra adressen din. Prøv igjen om " + seconds + " sekunder.\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
