package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.DialogueDisclosure.ReportVersion;
import eu.buyzet.portal.dialogue.DialogueFacts.Located;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.DocumentTexts;
import eu.buyzet.portal.shared.i18n.SupportedLocales;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What leaves the portal as a file: the dialogue report (PDF) for the procurement file and a
 * meeting's calendar invitation (iCalendar). Each holds exactly what the reader sees on the page.
 */
@Service
public class DialogueExportService {

    private final DialogueRepository dialogues;
    private final AuditTrail audit;
    private final DialogueDisclosure disclosure;
    private final DialogueFacts facts;
    private final Clock clock;
    private final MessageSource messages;

    DialogueExportService(DialogueRepository dialogues, AuditTrail audit, DialogueDisclosure disclosure,
                          DialogueFacts facts, Optional<Clock> clock, MessageSource messages) {
        this.messages = messages;
        this.dialogues = dialogues;
        this.audit = audit;
        this.disclosure = disclosure;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The report as PDF, holding exactly what the reader sees on the page: the agencies' version
     * for the dialogue's agency and moderators, the participants' version for a participant (its
     * own input only), the public version for everyone else, in the reader's language. Every
     * download is audited.
     */
    @DisclosureChannel("dialogue.report-pdf")
    @Transactional
    public byte[] report(Dialogue dialogue, Locale reader) {
        Locale locale = SupportedLocales.closest(reader);
        Dialogue d = facts.visible(dialogue.id());
        Reader r = facts.reader(d);
        ReportVersion version = disclosure.reportVersion(r);
        DialogueParticipants participants = facts.participants(d, r);
        audit.record("market-dialogue.report", "dialogue", d.id(),
                Map.of("version", version.name().toLowerCase(Locale.ROOT)));
        return DialogueReport.pdf(d, version, participants, facts.questions(d, r), facts.meetings(d, r),
                facts.inputs(d, r), facts.timeline(d, r), clock.instant(),
                DocumentTexts.of(messages, locale), locale);
    }

    /**
     * The meeting as an iCalendar invitation, in the reader's language: the reader's own slot, and the
     * online link only for those who take part.
     */
    @DisclosureChannel("dialogue.invitation-ics")
    @Transactional(readOnly = true)
    public String invitation(Meeting meeting, String portalUrl, Locale locale) {
        Located at = facts.meeting(meeting.id());
        Reader r = facts.reader(at.dialogue());
        return MeetingInvitation.of(at.dialogue(), facts.meeting(r, at.row(), dialogues.bookings(at.row().id())),
                portalUrl, messages.getMessage("dialogue.online-for-participants", null, locale));
    }
}
