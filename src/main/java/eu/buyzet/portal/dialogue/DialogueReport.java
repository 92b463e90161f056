package eu.buyzet.portal.dialogue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.buyzet.portal.dialogue.DialogueDisclosure.ReportVersion;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.XmlText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dialogue report for the procurement file, as PDF: the purpose and questions, who took
 * part, the published questions and answers, the meetings and their minutes, the written input
 * and the timeline. It prints what it is given: the service hands it exactly what the reader may
 * see ({@link DialogueDisclosure}), so the agencies' version names askers and holds all input,
 * the participants' version the reader's own input only, the public version no input at all.
 * Texts are in English: the file travels.
 */
final class DialogueReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Oslo"));

    private DialogueReport() {
    }

    @DisclosureChannel("dialogue.report-pdf")
    static byte[] pdf(Dialogue d, ReportVersion version, int participantCount, List<Participant> participants,
                      List<DialogueQuestion> questions, List<Meeting> meetings, List<DialogueInput> inputs,
                      List<DialogueEvent> events, Instant now) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"/><title>""").append(esc(d.title()))
                .append("""
                        </title><style>
                        body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; }
                        h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18pt; }
                        .muted { color: #444; } .q { margin-bottom: 8pt; } td, th { padding: 3pt 6pt; text-align: left; }
                        </style></head><body>""");
        h.append("<h1>Market dialogue report: ").append(esc(d.title())).append("</h1>");
        h.append("<p class=\"muted\">").append(switch (version) {
            case AGENCIES -> "Version for the contracting authorities (contains all written input, confidential "
                    + "parts marked, the participants and the askers' names).";
            case PARTICIPANTS -> "Version for participants (written input of your own organisation only; no "
                    + "askers' names).";
            case PUBLIC -> "Public version (no written input, no minutes, no askers' names).";
        }).append(" Produced ").append(WHEN.format(now)).append(" (Oslo time).</p>");
        h.append("<p>Forum: ").append(esc(d.forumTitle(java.util.Locale.ENGLISH))).append(". Phase: ")
                .append(d.phase().name().toLowerCase(Locale.ROOT)).append(". Clarification deadline: ")
                .append(WHEN.format(d.clarificationDeadline())).append(".</p>");
        if (d.submissionTitle() != null) {
            h.append("<p>For: ").append(esc(d.submissionTitle())).append("</p>");
        }
        if (d.locked()) {
            h.append("<p>Closed to new input on ").append(WHEN.format(d.lockedAt())).append(": ")
                    .append(esc(d.lockedReason())).append("</p>");
        }
        h.append("<h2>Purpose</h2><p>").append(esc(d.purpose())).append("</p>");
        if (!d.questions().isEmpty()) {
            h.append("<h2>Questions to the market</h2><ol>");
            d.questions().forEach(q -> h.append("<li>").append(esc(q)).append("</li>"));
            h.append("</ol>");
        }
        h.append("<h2>Participants (").append(participantCount).append(")</h2>");
        if (!participants.isEmpty()) {
            h.append("<ul>");
            participants.forEach(p -> h.append("<li>").append(esc(p.name())).append(", registered ")
                    .append(WHEN.format(p.registeredAt())).append("</li>"));
            h.append("</ul>");
        }
        if (participants.size() < participantCount) {
            h.append("<p class=\"muted\">The names of the other participants are in the contracting authorities' "
                    + "version.</p>");
        }
        h.append("<h2>Questions and answers</h2>");
        List<DialogueQuestion> published = questions.stream().filter(DialogueQuestion::published).toList();
        if (published.isEmpty()) {
            h.append("<p>None published.</p>");
        }
        int n = 1;
        for (DialogueQuestion q : published) {
            h.append("<div class=\"q\"><p><b>Q").append(n++).append(".</b> ").append(esc(q.text())).append("</p>");
            if (q.originalText() != null && !q.originalText().equals(q.text())) {
                h.append("<p class=\"muted\">As asked: ").append(esc(q.originalText())).append("</p>");
            }
            if (q.askerName() != null) {
                h.append("<p class=\"muted\">Asked by ").append(esc(q.askerName()));
                if (q.askedAt() != null) {
                    h.append(", ").append(WHEN.format(q.askedAt()));
                }
                h.append("</p>");
            }
            h.append("<p><b>Answer:</b> ").append(esc(q.answer())).append("</p><p class=\"muted\">Published to all "
                    + "participants ").append(WHEN.format(q.publishedAt())).append("</p></div>");
        }
        h.append("<h2>Meetings</h2>");
        if (meetings.isEmpty()) {
            h.append("<p>None.</p>");
        }
        for (Meeting m : meetings) {
            String where = m.place() != null ? m.place() : m.onlineLink() != null ? m.onlineLink()
                    : "online (the link is given to participants)";
            h.append("<p><b>").append(esc(m.title())).append("</b> (").append(m.kind() == MeetingKind.ONE_TO_ONE
                    ? "one-to-one, " + m.capacity() + " slots of " + m.slotMinutes() + " minutes" : "plenary")
                    .append("), ").append(WHEN.format(m.startsAt())).append(", ").append(esc(where))
                    .append(". Booked: ").append(m.booked()).append(", waiting: ").append(m.waiting()).append(".</p>");
            if (m.minutes() != null) {
                h.append("<p><i>Minutes:</i> ").append(esc(m.minutes())).append("</p>");
            }
        }
        h.append("<h2>Written input</h2>");
        if (inputs.isEmpty()) {
            h.append(version == ReportVersion.AGENCIES ? "<p>None.</p>" : "<p>Written input is seen by the "
                    + "contracting authorities and the moderators, and by each supplier only its own.</p>");
        }
        String current = null;
        for (DialogueInput i : inputs) {
            if (!i.organisationName().equals(current)) {
                current = i.organisationName();
                h.append("<p><b>").append(esc(current)).append("</b></p>");
            }
            String question = i.questionIndex() < d.questions().size() ? d.questions().get(i.questionIndex()) : "";
            h.append("<p>").append(i.questionIndex() + 1).append(". ").append(esc(question)).append(": ")
                    .append(esc(i.answer())).append(i.confidential() ? " <i>(confidential)</i>" : "").append("</p>");
        }
        h.append("<h2>Timeline</h2><table>");
        events.forEach(e -> h.append("<tr><td>").append(WHEN.format(e.at())).append("</td><td>").append(esc(e.step()))
                .append(e.detail() == null ? "" : ": " + esc(e.detail())).append("</td></tr>"));
        h.append("</table></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode().withHtmlContent(h.toString(), null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for XHTML: everything a person typed is escaped; line feeds are line breaks. */
    static String esc(@Nullable String s) {
        return XmlText.escaped(s).replace("\n", "<br/>");
    }
}
