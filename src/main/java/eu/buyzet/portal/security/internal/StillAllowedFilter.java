package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.security.PortalPrincipal;
import eu.buyzet.portal.security.PortalUserDirectory;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.database.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a member who may no longer sign in (suspended, deactivated, organisation
 * blocked) at their next request, not only at their next sign-in. The answer is remembered per
 * member for {@code buyzet.security.recheck-after} (10 seconds), so a busy page does not ask the
 * database on every request. When the database cannot be asked in time, the last answer stands
 * until a later request can ask.
 */
class StillAllowedFilter extends OncePerRequestFilter {

    private record Answer(boolean allowed, Instant at) {
    }

    private final PortalUserDirectory directory;
    private final Clock clock;
    private final Duration remember;
    private final Map<MemberId, Answer> answers = new ConcurrentHashMap<>();

    StillAllowedFilter(PortalUserDirectory directory, Clock clock, Duration remember) {
        this.directory = directory;
        this.clock = clock;
        this.remember = remember;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal
                && !allowed(principal.portalUser().memberId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(MemberId member) {
        Instant now = clock.instant();
        Answer known = answers.get(member);
        if (known != null && known.at().plus(remember).isAfter(now)) {
            return known.allowed();
        }
        // Asked outside the map's own locking: a compute() around a database call would hold a lock on
        // a bin of the map, shared with other members, for as long as the call waits for a connection.
        // Two requests of one member may both ask; they get the same answer.
        boolean allowed;
        try {
            allowed = directory.mayStillSignIn(member);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            // The database could not be asked in time (the pool ran dry under load). This check only
            // makes a suspension take effect before the next sign-in; failing the request for it would
            // turn a busy moment into an error on every page. The last answer stands (the member was
            // signed in, so allowed when last asked) and the next request asks again. What the request
            // then does needs the database itself and fails, or not, on its own.
            return known == null || known.allowed();
        }
        answers.put(member, new Answer(allowed, now));
        if (answers.size() > 10_000) {
            answers.entrySet().removeIf(e -> e.getValue().at().plus(remember).isBefore(now));
        }
        return allowed;
    }
}
