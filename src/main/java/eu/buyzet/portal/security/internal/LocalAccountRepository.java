package eu.buyzet.portal.security.internal;

import eu.buyzet.portal.shared.MemberId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LocalAccountRepository {

    private final JdbcClient jdbc;

    LocalAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> findHash(long memberId) {
        return jdbc.sql("select password_hash from local_account where member_id = ?")
                .param(memberId).query(String.class).optional();
    }

    public void upsert(MemberId member, String hash) {
        jdbc.sql("""
                insert into local_account (member_id, password_hash) values (?, ?)
                on conflict (member_id) do update set password_hash = excluded.password_hash, updated_at = now()
                """).params(member.value(), hash).update();
    }

    public void delete(MemberId member) {
        jdbc.sql("delete from local_account where member_id = ?").param(member.value()).update();
    }
}
