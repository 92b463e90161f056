package eu.buyzet.portal.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The member behind the current request or UI access, if any. */
@Component
public class CurrentUser {

    // the same strategy method security reads, rather than the global one another context may replace
    private final SecurityContextHolderStrategy security;

    CurrentUser(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    public Optional<PortalUser> get() {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.portalUser());
        }
        return Optional.empty();
    }

    /**
     * Whether nobody at all is behind the current thread: a task at start-up, not a request or a UI
     * access (an anonymous visitor carries an anonymous authentication).
     */
    public boolean nobody() {
        return security.getContext().getAuthentication() == null;
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }
}
