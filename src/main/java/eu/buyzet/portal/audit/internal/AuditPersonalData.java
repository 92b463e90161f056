package eu.buyzet.portal.audit.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records the member doing. The rows stay: the trail is the procurement
 * record the law requires (the privacy page says so), and the database refuses to change it. They
 * name the member only through a pseudonym (decision 017); erasing cuts the pseudonym from the
 * member and forgets the name, so the actions remain, by "former member #pseudonym".
 *
 * <p>A refusal to show the member someone else's withheld object is left out of the export: the
 * row says that the object exists and is withheld, which the refusal itself hid (a confidential
 * file answers exactly as a missing one). The right of access does not reach others' secrets
 * (GDPR Article 15(4)); the row stays in the trail for an administrator's search.
 */
@Component
class AuditPersonalData extends RowsExport {

    /** Actions that record an object of someone else's being withheld from the member. */
    static final String WITHHELD = "attachment.confidential-refused";

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        super(jdbc, "audit", Map.of("actions", """
                select e.occurred_at, e.action, e.subject_type, e.subject_id
                from audit_event e join audit_actor a on a.pseudonym = e.actor_ref
                where a.member_id = ? and e.action <> '%s' order by e.occurred_at, e.id""".formatted(WITHHELD)));
        this.jdbc = jdbc;
    }

    @Override
    public void erase(MemberId member) {
        jdbc.sql("update audit_actor set member_id = null, name = null, erased_at = now() where member_id = ?")
                .param(member.value()).update();
    }
}
