package eu.buyzet.portal;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Organisations a test needs besides the demo ones. */
public final class TestOrganisations {

    private TestOrganisations() {
    }

    /**
     * A supplier organisation that signed itself up and that no moderator has verified yet, with one
     * member; returns the member's email (sign in with {@link TestUsers#signIn}).
     */
    public static String pendingSupplier(JdbcClient jdbc, String name) {
        long suffix = ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        long organisation = jdbc.sql("""
                        insert into organisation (name, kind, country, org_number, status)
                        values (?, 'SUPPLIER', 'NO', ?, 'PENDING') returning id""")
                .params(name, "8" + suffix).query(Long.class).single();
        String email = "pending" + suffix + "@example.org";
        jdbc.sql("insert into member (organisation_id, email, display_name, roles) values (?, ?, ?, '{SUPPLIER}')")
                .params(organisation, email, "Ny Leverandør " + suffix).update();
        return email;
    }
}
