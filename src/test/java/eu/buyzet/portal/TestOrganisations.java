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
        String orgNumber = validOrganisationNumber();
        long organisation = jdbc.sql("""
                        insert into organisation (name, kind, country, org_number, status)
                        values (?, 'SUPPLIER', 'NO', ?, 'PENDING') returning id""")
                .params(name, orgNumber).query(Long.class).single();
        String email = "pending" + suffix + "@example.org";
        jdbc.sql("insert into member (organisation_id, email, display_name, roles) values (?, ?, ?, '{SUPPLIER}')")
                .params(organisation, email, "Ny Leverandør " + suffix).update();
        return email;
    }

    /** A random nine-digit number with a correct MOD11 check digit, as the register issues them. */
    public static String validOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String digits = "8" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return digits + (check == 11 ? 0 : check);
        }
    }
}
