package eu.buyzet.portal.shared.api;

import eu.buyzet.portal.shared.database.DatabaseUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of the open API. Whatever goes wrong under {@code /api/}, a client gets a problem
 * document and never the portal's sign-in page or HTML:
 * <ul>
 * <li>a path in another letter case ({@code /API/v1/forums}) is not the API's: 404;</li>
 * <li>a body over {@code buyzet.api.max-body-bytes} is refused with 413, by its declared length
 *     or while it is read;</li>
 * <li>an error sent with {@code sendError} (Spring Security's firewall, the container) becomes a
 *     problem document with that status instead of an error page, which for anonymous clients
 *     used to be a redirect to {@code /login};</li>
 * <li>a failure to reach the database in time, even one thrown by a filter before any controller
 *     (the sign-in recheck, the rate limit), is answered 503 with {@code Retry-After} and counted,
 *     as {@link ApiProblems} answers it from a controller;</li>
 * <li>an unexpected exception is logged with an incident number and answered 500.</li>
 * </ul>
 */
@Component
@Order(ApiBoundary.ORDER)
class ApiBoundary extends OncePerRequestFilter {

    /** Inside the rate limit, before Spring Security's filters (-100). */
    static final int ORDER = -1000;

    private static final Logger log = LoggerFactory.getLogger(ApiBoundary.class);

    private final long maxBodyBytes;
    private final MeterRegistry meters;

    ApiBoundary(@Value("${buyzet.api.max-body-bytes:65536}") long maxBodyBytes, MeterRegistry meters) {
        this.maxBodyBytes = maxBodyBytes;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!ApiPaths.isExactlyApi(request)) {
            ProblemResponses.write(response, 404, "not-found", "No such path in the API", null);
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        ProblemOnError problems = new ProblemOnError(response);
        try {
            chain.doFilter(new LimitedBody(request, maxBodyBytes), problems);
        } catch (BodyTooLargeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            tooLarge(response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (DatabaseUnavailable.isCauseOf(e)) {
                ApiProblems.noteUnavailable(meters, e);
                response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ApiProblems.RETRY_AFTER_SECONDS));
                ProblemResponses.write(response, 503, "unavailable", ApiProblems.UNAVAILABLE_TITLE,
                        ApiProblems.UNAVAILABLE_DETAIL, "\"retryAfterSeconds\":" + ApiProblems.RETRY_AFTER_SECONDS);
                return;
            }
            String incident = UUID.randomUUID().toString();
            log.error("Incident {}: {} {} failed", incident, request.getMethod(), ApiPaths.routed(request), e);
            ProblemResponses.write(response, 500, "internal-error",
                    "Something went wrong on our side. Quote incident " + incident + " if you report it.",
                    "\"incident\":\"" + incident + "\"");
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, 413, "body-too-large",
                "The request body may be at most " + maxBodyBytes + " bytes", null);
    }

    /** Thrown while reading a body that turns out longer than allowed; {@link ApiProblems} answers 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("The request body is longer than " + limit + " bytes");
        }
    }

    /** Turns {@code sendError} into a problem document with the same status. */
    private static final class ProblemOnError extends HttpServletResponseWrapper {
        ProblemOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, @Nullable String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            String type = switch (status) {
                case 400 -> "bad-request";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                default -> status >= 500 ? "internal-error" : "refused";
            };
            ProblemResponses.write((HttpServletResponse) getResponse(), status, type, null, null);
        }
    }

    /** Counts what is read of the body and stops past the limit, for bodies without a declared length. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final long limit;
        private @Nullable ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
