package eu.buyzet.portal.organisation.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SignUpRepository {

    /** A sign-up waiting for its address to be confirmed. */
    public record PendingSignUp(long id, String organisationName, String country, @Nullable String orgNumber,
                                @Nullable String vatNumber,
                                String displayName, String email, String passwordHash, String locale) {
    }

    private final JdbcClient jdbc;

    SignUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String tokenHash, PendingSignUp s, Duration validFor) {
        return jdbc.sql("""
                        insert into sign_up (token_hash, organisation_name, country, org_number, vat_number, display_name,
                                             email, password_hash, locale, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?)) returning id""")
                .params(Arrays.asList(tokenHash, s.organisationName(), s.country(), s.orgNumber(), s.vatNumber(), s.displayName(),
                        s.email(), s.passwordHash(), s.locale(), validFor.toSeconds()))
                .query(Long.class).single();
    }

    /** The unconfirmed, unexpired sign-up with this token, locked so it is confirmed once. */
    public Optional<PendingSignUp> lockOpen(String tokenHash) {
        return jdbc.sql("""
                        select id, organisation_name, country, org_number, vat_number, display_name, email, password_hash,
                               locale
                        from sign_up where token_hash = ? and confirmed_at is null and expires_at > now() for update""")
                .param(tokenHash)
                .query((rs, n) -> new PendingSignUp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    public void markConfirmed(long id) {
        jdbc.sql("update sign_up set confirmed_at = now(), password_hash = '' where id = ?").param(id).update();
    }

    public boolean organisationExists(@Nullable String orgNumber, @Nullable String vatNumber) {
        return jdbc.sql("select exists (select 1 from organisation where org_number = ? or vat_number = ?)")
                .params(Arrays.asList(orgNumber, vatNumber)).query(Boolean.class).single();
    }

    /** Sign-ups for the address since the given time: each one sent it a mail. */
    public int countSince(String email, java.time.Instant since) {
        return jdbc.sql("select count(*) from sign_up where lower(email) = lower(?) and created_at > ?")
                .params(email, java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    public boolean memberExists(String email) {
        return jdbc.sql("select exists (select 1 from member where lower(email) = lower(?))")
                .param(email).query(Boolean.class).single();
    }
}
