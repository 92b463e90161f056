package eu.buyzet.portal.moderation.internal;

import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Flags the member raised. */
@Component
class ModerationPersonalData extends RowsExport {

    ModerationPersonalData(JdbcClient jdbc) {
        super(jdbc, "moderation", Map.of("flags", """
                select submission_id, comment_id, reason, note, created_at, handled_at, outcome from flag
                where flagged_by = ? order by id"""));
    }
}
