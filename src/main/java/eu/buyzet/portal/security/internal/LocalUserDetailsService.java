package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.security.PortalPrincipal;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.PortalUserDirectory;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Local sign-in: the member's email is the user name. */
public class LocalUserDetailsService implements UserDetailsService {

    private final PortalUserDirectory directory;
    private final LocalAccountRepository accounts;

    public LocalUserDetailsService(PortalUserDirectory directory, LocalAccountRepository accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = directory.findActiveByEmail(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String hash = accounts.findHash(user.memberId().value())
                .orElseThrow(() -> new UsernameNotFoundException("no local account"));
        return new LocalPrincipal(user, hash);
    }

    static Collection<GrantedAuthority> authorities(PortalUser user) {
        return user.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    static final class LocalPrincipal extends User implements PortalPrincipal {
        private final PortalUser portalUser;

        LocalPrincipal(PortalUser user, String hash) {
            super(user.email(), hash, authorities(user));
            this.portalUser = user;
        }

        @Override
        public PortalUser portalUser() {
            return portalUser;
        }
    }
}
