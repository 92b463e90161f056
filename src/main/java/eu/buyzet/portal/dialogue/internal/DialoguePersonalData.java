package eu.buyzet.portal.dialogue.internal;

import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.privacy.RowsExport;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member's part in market dialogues: questions, written input, registrations, bookings. Every
 * query is keyed by the member's own id, so the export holds only what the member did
 * (DialogueDisclosure: personal data export); never another member's input or question.
 */
@Component
class DialoguePersonalData extends RowsExport {

    DialoguePersonalData(JdbcClient jdbc) {
        super(jdbc, "dialogues", Map.of(
                "questions", """
                        select dialogue_id, original_text, published_text, answer, asked_at, published_at
                        from dialogue_question where asked_by = ? order by id""",
                "input", """
                        select dialogue_id, question_index, answer, confidential, submitted_at from dialogue_input
                        where submitted_by = ? order by submitted_at""",
                "registrations", """
                        select dialogue_id, registered_at from dialogue_participant where registered_by = ?
                        order by registered_at""",
                "bookings", "select meeting_id, booked_at from dialogue_booking where booked_by = ? order by booked_at"));
    }

    @Override
    @DisclosureChannel("dialogue.personal-data")
    public Map<String, Object> export(MemberId member) {
        return super.export(member);
    }
}
