package eu.buyzet.portal;

import eu.buyzet.portal.security.PortalPrincipal;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Signs a demo member in for a test, with the same principal shape the real sign-in produces. */
public final class TestUsers {

    private TestUsers() {
    }

    public record TestPrincipal(PortalUser portalUser) implements PortalPrincipal {
    }

    /** Signs in the demo member with this email, as found in the database. */
    public static PortalUser signIn(SecurityContextHolderStrategy security, JdbcClient jdbc, String email) {
        PortalUser user = jdbc.sql("""
                        select m.id, m.email, m.display_name, m.organisation_id, o.name, m.roles
                        from member m join organisation o on o.id = m.organisation_id where m.email = ?""")
                .param(email)
                .query((rs, n) -> new PortalUser(MemberId.of(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        OrganisationId.of(rs.getLong(4)), rs.getString(5),
                        java.util.Arrays.stream((String[]) rs.getArray(6).getArray()).map(Role::valueOf)
                                .collect(java.util.stream.Collectors.toSet()), "en"))
                .single();
        signIn(security, user);
        return user;
    }

    /**
     * Uses the application context's own strategy, the one its method security reads: each Spring
     * context in the test JVM installs a strategy of its own.
     */
    public static void signIn(SecurityContextHolderStrategy security, PortalUser user) {
        String[] authorities = user.roles().stream().map(Role::authority).toArray(String[]::new);
        var token = new TestingAuthenticationToken(new TestPrincipal(user), null, authorities);
        var context = security.createEmptyContext();
        context.setAuthentication(token);
        security.setContext(context);
    }

    /** A member of a made-up organisation with exactly these roles. */
    public static PortalUser withRoles(Role... roles) {
        return new PortalUser(MemberId.of(999_999), "test@example.org", "Test", OrganisationId.of(1), "Test org",
                Set.of(roles), "en");
    }

    public static void signOut(SecurityContextHolderStrategy security) {
        security.clearContext();
    }
}
