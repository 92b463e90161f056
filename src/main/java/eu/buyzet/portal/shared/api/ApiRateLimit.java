package eu.buyzet.portal.shared.api;

import io.github.bucket4j.ConsumptionProbe;
import eu.buyzet.portal.shared.ClientBuckets;
import eu.buyzet.portal.shared.database.SharedBuckets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client for {@code /api/**}: a burst of {@code capacity} requests, refilled at
 * {@code per-minute}. Over the limit a client gets 429 with Retry-After, as a problem document.
 * <p>
 * The key is the client's address as Tomcat reports it: behind a trusted proxy
 * ({@code server.forward-headers-strategy=native}, {@code server.tomcat.remoteip.internal-proxies})
 * that is the address the proxy forwarded, otherwise the connection's. Whether a request is an
 * API request is decided on the routed path ({@link ApiPaths}), so no spelling of a path escapes
 * the limit. The limit holds for all nodes together ({@code buyzet.api.rate-limit.shared}, on by
 * default). It runs before Spring Security and before the API's edge ({@link ApiBoundary}), so
 * refused, unknown and malformed requests cost a token too.
 */
@Component
@Order(ApiRateLimit.ORDER)
class ApiRateLimit extends OncePerRequestFilter {

    /** Before Spring Security's filters (-100) and {@link ApiBoundary}. */
    static final int ORDER = -1010;

    private final ClientBuckets buckets;

    ApiRateLimit(@Value("${buyzet.api.rate-limit.capacity:120}") long capacity,
                 @Value("${buyzet.api.rate-limit.per-minute:60}") long perMinute,
                 @Value("${buyzet.api.rate-limit.shared:true}") boolean shared, SharedBuckets store) {
        ClientBuckets perNode = ClientBuckets.perMinute(capacity, perMinute);
        this.buckets = shared ? perNode.sharedBy(store, "api") : perNode;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.take(request.getRemoteAddr());
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = ClientBuckets.retryAfterSeconds(probe);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        ProblemResponses.write(response, 429, "rate-limited", "Try again in " + retryAfter + " seconds", null);
    }
}
