package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.dialogue.DialogueDisclosure.ReportVersion;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.DocumentBlock;
import eu.buyzet.portal.shared.export.DocumentBlock.Bullets;
import eu.buyzet.portal.shared.export.DocumentBlock.Heading;
import eu.buyzet.portal.shared.export.DocumentBlock.Paragraph;
import eu.buyzet.portal.shared.export.DocumentTexts;
import eu.buyzet.portal.shared.export.PdfDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The dialogue report for the procurement file, as PDF: the purpose and questions, who took
 * part, the published questions and answers, the meetings and their minutes, the written input
 * and the timeline. It prints what it is given: the service hands it exactly what the reader may
 * see ({@link DialogueDisclosure}), so the agencies' version names askers and holds all input,
 * the participants' version the reader's own input only, the public version no input at all.
 * It speaks the reader's language, with dates as the reader writes them, in Oslo's time.
 */
final class DialogueReport {

    private final List<DocumentBlock> blocks = new ArrayList<>();
    private final DocumentTexts t;
    private final Formats formats;

    private DialogueReport(DocumentTexts texts, Formats formats) {
        this.t = texts;
        this.formats = formats;
    }

    @DisclosureChannel("dialogue.report-pdf")
    static byte[] pdf(Dialogue d, ReportVersion version, DialogueParticipants participants,
                      List<DialogueQuestion> questions, List<Meeting> meetings, List<DialogueInput> inputs,
                      List<DialogueEvent> events, Instant now, DocumentTexts texts, Locale locale) {
        DialogueReport report = new DialogueReport(texts, Formats.of(locale));
        report.heading(d, version, now, locale);
        report.participants(participants);
        report.answers(questions);
        report.meetings(meetings);
        report.inputs(d, version, inputs);
        report.timeline(events);
        return PdfDocument.write(texts.get("dialogue.report.title", d.title()), report.blocks, locale);
    }

    private void heading(Dialogue d, ReportVersion version, Instant now, Locale locale) {
        blocks.add(new Heading(1, t.get("dialogue.report.title", d.title())));
        blocks.add(Paragraph.muted(t.get("dialogue.report.version." + version.name().toLowerCase(Locale.ROOT)) + " "
                + t.get("dialogue.report.produced", when(now))));
        blocks.add(Paragraph.of(t.get("dialogue.report.forum", d.forumTitle(locale),
                t.get("dialogue.phase." + d.phase().name().toLowerCase(Locale.ROOT)), when(d.clarificationDeadline()))));
        if (d.submissionTitle() != null) {
            blocks.add(Paragraph.labelled(t.get("dialogue.report.for"), d.submissionTitle()));
        }
        if (d.locked()) {
            blocks.add(Paragraph.of(t.get("dialogue.report.locked",
                    when(Objects.requireNonNull(d.lockedAt(), "a locked dialogue has its moment")),
                    Objects.requireNonNullElse(d.lockedReason(), ""))));
        }
        blocks.add(new Heading(2, t.get("dialogue.report.purpose")));
        blocks.add(Paragraph.of(d.purpose()));
        if (!d.questions().isEmpty()) {
            blocks.add(new Heading(2, t.get("dialogue.report.market-questions")));
            // numbered as the written input below refers to them
            blocks.add(Bullets.numbered(d.questions()));
        }
    }

    private void participants(DialogueParticipants participants) {
        blocks.add(new Heading(2, t.get("dialogue.report.participants", participants.count())));
        if (!participants.named().isEmpty()) {
            blocks.add(new Bullets(participants.named().stream()
                    .map(p -> t.get("dialogue.report.registered", p.name(), when(p.registeredAt()))).toList()));
        }
        if (participants.named().size() < participants.count()) {
            blocks.add(Paragraph.muted(t.get("dialogue.report.names-elsewhere")));
        }
    }

    private void answers(List<DialogueQuestion> questions) {
        blocks.add(new Heading(2, t.get("dialogue.report.answers")));
        List<DialogueQuestion> published = questions.stream().filter(DialogueQuestion::published).toList();
        if (published.isEmpty()) {
            blocks.add(Paragraph.of(t.get("dialogue.report.none-published")));
        }
        int n = 1;
        for (DialogueQuestion q : published) {
            blocks.add(Paragraph.labelled(t.get("dialogue.report.question-number", n++), q.text()));
            if (q.originalText() != null && !q.originalText().equals(q.text())) {
                blocks.add(Paragraph.muted(t.get("dialogue.as-asked", q.originalText())));
            }
            if (q.askerName() != null) {
                blocks.add(Paragraph.muted(q.askedAt() == null ? t.get("dialogue.report.asked-by", q.askerName())
                        : t.get("dialogue.report.asked-by-at", q.askerName(), when(q.askedAt()))));
            }
            blocks.add(Paragraph.labelled(t.get("dialogue.report.answer"), Objects.requireNonNullElse(q.answer(), "")));
            blocks.add(Paragraph.muted(t.get("dialogue.report.published-to-all",
                    when(Objects.requireNonNull(q.publishedAt(), "only published questions are here")))));
        }
    }

    private void meetings(List<Meeting> meetings) {
        blocks.add(new Heading(2, t.get("dialogue.meetings")));
        if (meetings.isEmpty()) {
            blocks.add(Paragraph.of(t.get("dialogue.report.none")));
        }
        for (Meeting m : meetings) {
            String where = m.place() != null ? m.place() : m.onlineLink() != null ? m.onlineLink()
                    : t.get("dialogue.online-for-participants");
            String kind = m.kind() == MeetingKind.ONE_TO_ONE
                    ? t.get("dialogue.one-to-one", m.capacity(), m.slotMinutes())
                    : t.get("dialogue.meeting-kind.plenary");
            blocks.add(Paragraph.labelled(m.title(), t.get("dialogue.report.meeting", kind, when(m.startsAt()), where,
                    t.get("dialogue.seats", m.booked(), m.capacity(), m.waiting()))));
            if (m.minutes() != null) {
                blocks.add(Paragraph.labelled(t.get("dialogue.report.minutes"), m.minutes()));
            }
        }
    }

    private void inputs(Dialogue d, ReportVersion version, List<DialogueInput> inputs) {
        blocks.add(new Heading(2, t.get("dialogue.inputs")));
        if (inputs.isEmpty()) {
            blocks.add(Paragraph.of(version == ReportVersion.AGENCIES ? t.get("dialogue.report.none")
                    : t.get("dialogue.inputs.private")));
        }
        String current = null;
        for (DialogueInput i : inputs) {
            if (!i.organisationName().equals(current)) {
                current = i.organisationName();
                blocks.add(new Heading(3, current));
            }
            String question = i.questionIndex() < d.questions().size() ? d.questions().get(i.questionIndex()) : "";
            // the marking is the portal's, in the label, so that no answer can type its way to looking marked
            blocks.add(Paragraph.labelled((i.questionIndex() + 1) + ". " + question
                    + (i.confidential() ? " (" + t.get("dialogue.confidential") + ")" : ""), i.answer()));
        }
    }

    private void timeline(List<DialogueEvent> events) {
        blocks.add(new Heading(2, t.get("dialogue.timeline")));
        blocks.add(Bullets.numbered(events.stream().map(e -> when(e.at()) + ": " + t.get(e.messageKey())
                + (e.detail() == null ? "" : " – " + e.detail())).toList()));
    }

    private String when(Instant moment) {
        return formats.dateTime(moment);
    }
}
