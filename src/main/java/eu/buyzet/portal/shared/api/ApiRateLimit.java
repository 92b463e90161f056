package eu.buyzet.portal.shared.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
 * the limit. It runs before Spring Security and before the API's edge ({@link ApiBoundary}), so
 * refused, unknown and malformed requests cost a token too.
 */
@Component
@Order(ApiRateLimit.ORDER)
class ApiRateLimit extends OncePerRequestFilter {

    /** Before Spring Security's filters (-100) and {@link ApiBoundary}. */
    static final int ORDER = -1010;

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final long perMinute;

    ApiRateLimit(@Value("${buyzet.api.rate-limit.capacity:120}") long capacity,
                 @Value("${buyzet.api.rate-limit.per-minute:60}") long perMinute) {
        this.capacity = capacity;
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            // a crude bound on memory: forget everyone rather than grow without limit
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), client -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
        response.setHeader("Retry-After", Long.toString(retryAfter));
        ProblemResponses.write(response, 429, "rate-limited", "Try again in " + retryAfter + " seconds", null);
    }
}
