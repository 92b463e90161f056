package eu.buyzet.portal.organisation.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.privacy.PersonalData;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member's profile. Erasing keeps the row (what they wrote points to it) but removes who they
 * were: their content then reads as written by a former member of their organisation.
 */
@Component
class MemberPersonalData implements PersonalData {

    /** Shown wherever the name was, in both languages, since the row has no reader. */
    static final String FORMER_MEMBER = "Tidligere medlem / Former member";

    private final JdbcClient jdbc;

    MemberPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Map<String, Object> export(MemberId member) {
        return Map.of("member", PersonalData.plain(jdbc.sql("""
                        select m.email, m.display_name, m.roles, m.preferred_locale, m.created_at, o.name as organisation,
                               o.org_number, o.vat_number
                        from member m join organisation o on o.id = m.organisation_id where m.id = ?""")
                .param(member.value()).query().listOfRows()));
    }

    @Override
    public void erase(MemberId member) {
        jdbc.sql("""
                        update member set email = 'deleted-' || id || '@invalid.buyzet', display_name = ?, roles = '{}',
                               keycloak_subject = null, preferred_locale = null, active = false, version = version + 1
                        where id = ?""")
                .params(FORMER_MEMBER, member.value()).update();
    }
}
