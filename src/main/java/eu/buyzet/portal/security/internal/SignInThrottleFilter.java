package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.security.SignInThrottled;
import eu.buyzet.portal.security.ui.LoginView;
import eu.buyzet.portal.shared.ClientKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Local sign-in's brute-force protection at the HTTP edge. A sign-in posted while its account or
 * its client is locked is refused before the password is looked at, and the person is sent back
 * to the sign-in page, which says how long to wait ({@code /login?locked=<minutes>}). A failed
 * attempt is answered a little later each time ({@link SignInThrottleSettings#delayStep()}), and
 * the one that reaches a threshold begins the lock and shows the same page at once.
 * <p>
 * The answer is the same for an account that does not exist, so a lock tells nobody whether a
 * name is a member's.
 */
final class SignInThrottleFilter extends OncePerRequestFilter implements AuthenticationFailureHandler {

    static final String LOGIN_PROCESSING_PATH = "/login";

    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    SignInThrottleFilter(SignInThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && LOGIN_PROCESSING_PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = request.getParameter("username");
        // an IPv6 client is counted by its /64, from which it could send each attempt from another address;
        // the audit keeps the address itself
        String address = request.getRemoteAddr();
        Optional<SignInThrottle.Lock> lock = throttle.lock(account, ClientKey.of(address));
        if (lock.isPresent()) {
            keepTypedAddress(request, account);
            events.publishEvent(new SignInThrottled(SignInThrottled.Kind.REFUSED, lock.get().scope(),
                    SignInThrottle.accountKey(account), address, 0, lock.get().remaining()));
            sendToLockedPage(request, response, lock.get().remaining());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The form login's failure handler: counts, delays, and shows the lock once one begins. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String account = request.getParameter("username");
        String address = request.getRemoteAddr();
        String client = ClientKey.of(address);
        keepTypedAddress(request, account);
        SignInThrottle.Failure failure = throttle.failed(account, client);
        if (failure.accountLock() != null) {
            events.publishEvent(new SignInThrottled(SignInThrottled.Kind.LOCKED, "account",
                    SignInThrottle.accountKey(account), address, failure.accountFailures(), failure.accountLock()));
        }
        if (failure.clientLock() != null) {
            events.publishEvent(new SignInThrottled(SignInThrottled.Kind.LOCKED, "client", client, address,
                    failure.clientFailures(), failure.clientLock()));
        }
        pause(failure.delay());
        Optional<Duration> lock = failure.lock();
        if (lock.isPresent()) {
            sendToLockedPage(request, response, lock.get());
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN_PROCESSING_PATH + "?error");
        }
    }

    /** The sign-in page shows the address again; a session exists already, as the page that posted made one. */
    private static void keepTypedAddress(HttpServletRequest request, @Nullable String account) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null && account != null && !account.isBlank() && account.length() <= 254) {
            session.setAttribute(LoginView.LAST_USERNAME, account.strip());
        }
    }

    private static void sendToLockedPage(HttpServletRequest request, HttpServletResponse response, Duration remaining)
            throws IOException {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        response.sendRedirect(request.getContextPath() + LOGIN_PROCESSING_PATH + "?locked=" + minutes);
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
