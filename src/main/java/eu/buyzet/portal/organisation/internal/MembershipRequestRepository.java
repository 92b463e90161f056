package eu.buyzet.portal.organisation.internal;

import eu.buyzet.portal.organisation.MembershipRequest;
import eu.buyzet.portal.organisation.MembershipRequestId;
import eu.buyzet.portal.shared.PageRequest;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MembershipRequestRepository {

    private final JdbcClient jdbc;

    MembershipRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this is the subject's first request; a repeated sign-in adds nothing. */
    public boolean add(String subject, String email, String name) {
        return jdbc.sql("""
                        insert into membership_request (keycloak_subject, email, display_name) values (?, ?, ?)
                        on conflict (keycloak_subject) do nothing""")
                .params(subject, email, name).update() == 1;
    }

    public List<MembershipRequest> open(PageRequest page) {
        return jdbc.sql("""
                        select id, email, display_name, created_at from membership_request where handled_at is null
                        order by created_at, id offset ? limit ?""")
                .params(page.offset(), page.limit())
                .query((rs, n) -> new MembershipRequest(MembershipRequestId.of(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public int countOpen() {
        return jdbc.sql("select count(*) from membership_request where handled_at is null").query(Integer.class).single();
    }

    public boolean close(MembershipRequestId id, String outcome) {
        return jdbc.sql("update membership_request set handled_at = now(), outcome = ? where id = ? and handled_at is null")
                .params(outcome, id.value()).update() == 1;
    }

    /** A member was added with this address: their request is done. */
    public void closeFor(String email) {
        jdbc.sql("""
                        update membership_request set handled_at = now(), outcome = 'ADDED'
                        where lower(email) = lower(?) and handled_at is null""")
                .param(email).update();
    }
}
