package eu.buyzet.portal.shell;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries for the person at hand, computed once for each set of roles. Vaadin
 * works them out by running every route's access check, on every page a person opens: about an
 * eighth of the portal's CPU under load (decision 052). The views' access rules are annotations on
 * their classes and depend only on whether someone is signed in and on their roles, and the routes
 * do not change while the portal runs, so the same roles always get the same entries.
 */
@Component
class MenuEntries {

    /** Whether signed in, and the roles; a handful of combinations exist, so the map stays small. */
    private record Key(boolean signedIn, Set<String> roles) {
    }

    private final ConcurrentHashMap<Key, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();
    private final AuthenticationContext authentication;

    MenuEntries(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    List<MenuEntry> current() {
        Key key = new Key(authentication.isAuthenticated(), Set.copyOf(authentication.getGrantedRoles()));
        return byRoles.computeIfAbsent(key, k -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
