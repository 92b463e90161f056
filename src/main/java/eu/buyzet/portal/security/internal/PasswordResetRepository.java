package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.shared.MemberId;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password reset links of local accounts, each kept as the hash of its token. */
@Repository
public class PasswordResetRepository {

    private final JdbcClient jdbc;

    PasswordResetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(MemberId member, String tokenHash, Duration validFor) {
        return jdbc.sql("""
                        insert into password_reset (member_id, token_hash, expires_at)
                        values (?, ?, now() + make_interval(secs => ?)) returning id""")
                .params(member.value(), tokenHash, validFor.toSeconds()).query(Long.class).single();
    }

    /** Links made for the member since {@code ago}: the per-address limit counts them. */
    public int countSince(MemberId member, Duration ago) {
        return jdbc.sql("""
                        select count(*) from password_reset
                        where member_id = ? and created_at > now() - make_interval(secs => ?)""")
                .params(member.value(), ago.toSeconds()).query(Integer.class).single();
    }

    /** The member of an unused, unexpired link, locked until the caller's transaction ends. */
    public Optional<MemberId> lockOpen(String tokenHash) {
        return jdbc.sql("""
                        select member_id from password_reset
                        where token_hash = ? and used_at is null and expires_at > now() for update""")
                .param(tokenHash).query(Long.class).optional().map(MemberId::of);
    }

    /** Whether an unused, unexpired link has this hash, without locking it. */
    public Optional<MemberId> findOpen(String tokenHash) {
        return jdbc.sql("""
                        select member_id from password_reset
                        where token_hash = ? and used_at is null and expires_at > now()""")
                .param(tokenHash).query(Long.class).optional().map(MemberId::of);
    }

    /** Ends every open link of the member: the one just used and any older one. */
    public int useAll(MemberId member) {
        return jdbc.sql("update password_reset set used_at = now() where member_id = ? and used_at is null")
                .param(member.value()).update();
    }
}
