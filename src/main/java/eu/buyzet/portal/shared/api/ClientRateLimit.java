package eu.buyzet.portal.shared.api;

import eu.buyzet.portal.shared.ClientBuckets;
import eu.buyzet.portal.shared.database.SharedBuckets;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client for the requests a subclass {@link #applies applies} it to: a burst of
 * {@code capacity} requests, refilled at {@code perMinute}. Over the limit a client gets 429 with
 * Retry-After, as a problem document.
 * <p>
 * The key is the client's address as Tomcat reports it: behind a trusted proxy
 * ({@code server.forward-headers-strategy=native}, {@code server.tomcat.remoteip.internal-proxies})
 * that is the address the proxy forwarded, otherwise the connection's. With {@code shared} the limit
 * holds for all nodes together, in buckets named {@code name}. Run before Spring Security, refused,
 * unknown and malformed requests cost a token too.
 */
public abstract class ClientRateLimit extends OncePerRequestFilter {

    /** Before Spring Security's filters (-100) and {@link ApiBoundary}. */
    public static final int ORDER = -1010;

    private final ClientBuckets buckets;

    protected ClientRateLimit(long capacity, long perMinute, boolean shared, SharedBuckets store, String name) {
        ClientBuckets perNode = ClientBuckets.perMinute(capacity, perMinute);
        this.buckets = shared ? perNode.sharedBy(store, name) : perNode;
    }

    /** Whether the request counts against this limit; decide on the routed path, so no spelling escapes it. */
    protected abstract boolean applies(HttpServletRequest request);

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !applies(request);
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.take(request.getRemoteAddr());
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = ClientBuckets.retryAfterSeconds(probe);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        refuse(request, response, retryAfter);
    }

    /** Answers a request over the limit (status 429, Retry-After already set): a problem document unless overridden. */
    protected void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        ProblemResponses.write(response, 429, "rate-limited", "Try again in " + retryAfterSeconds + " seconds", null);
    }

    /** The request's path as routed, without the context path and with repeated slashes as one. */
    protected static String routedPath(HttpServletRequest request) {
        return ApiPaths.routed(request);
    }
}
