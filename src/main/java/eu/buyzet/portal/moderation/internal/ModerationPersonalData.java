package eu.buyzet.portal.moderation.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flags the member raised, and nothing about flags on what the member wrote: who flagged it is
 * not the author's to know ({@code ModerationDisclosure}).
 */
@Component
class ModerationPersonalData extends RowsExport {

    ModerationPersonalData(JdbcClient jdbc) {
        super(jdbc, "moderation", Map.of("flags", """
                select submission_id, comment_id, reason, note, created_at, handled_at, outcome from flag
                where flagged_by = ? order by id"""));
    }

    @Override
    @DisclosureChannel("moderation.personal-data")
    public Map<String, Object> export(MemberId member) {
        return super.export(member);
    }
}
