package eu.buyzet.portal.dialogue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dialogue report for the procurement file, as PDF: the purpose and questions, who took
 * part, every published question and answer, the meetings and their minutes, a summary of the
 * written input and the timeline. The agencies' version names askers and holds confidential
 * input; the participants' version holds neither. Texts are in English: the file travels.
 */
final class DialogueReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Oslo"));

    private DialogueReport() {
    }

    static byte[] pdf(Dialogue d, boolean agencies, List<Participant> participants, List<DialogueQuestion> questions,
                      List<Meeting> meetings, List<DialogueInput> inputs, List<DialogueEvent> events, Instant now) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"/><title>""").append(esc(d.title()))
                .append("""
                        </title><style>
                        body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; }
                        h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18pt; }
                        .muted { color: #444; } .q { margin-bottom: 8pt; } td, th { padding: 3pt 6pt; text-align: left; }
                        </style></head><body>""");
        h.append("<h1>Market dialogue report: ").append(esc(d.title())).append("</h1>");
        h.append("<p class=\"muted\">").append(agencies ? "Version for the contracting authorities (contains "
                + "confidential input and askers' names)." : "Version for participants (no confidential input, no "
                + "askers' names).").append(" Produced ").append(WHEN.format(now)).append(" (Oslo time).</p>");
        h.append("<p>Forum: ").append(esc(d.forumTitleEn())).append(". Phase: ").append(d.phase().name().toLowerCase())
                .append(". Clarification deadline: ").append(WHEN.format(d.clarificationDeadline())).append(".</p>");
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
        h.append("<h2>Participants (").append(participants.size()).append(")</h2><ul>");
        participants.forEach(p -> h.append("<li>").append(esc(p.name())).append(", registered ")
                .append(WHEN.format(p.registeredAt())).append("</li>"));
        h.append("</ul>");
        h.append("<h2>Questions and answers</h2>");
        List<DialogueQuestion> published = questions.stream().filter(DialogueQuestion::published).toList();
        if (published.isEmpty()) {
            h.append("<p>None published.</p>");
        }
        int n = 1;
        for (DialogueQuestion q : published) {
            h.append("<div class=\"q\"><p><b>Q").append(n++).append(".</b> ").append(esc(q.text())).append("</p>");
            if (agencies && q.originalText() != null && !q.originalText().equals(q.text())) {
                h.append("<p class=\"muted\">As asked: ").append(esc(q.originalText())).append("</p>");
            }
            if (agencies && q.askerName() != null) {
                h.append("<p class=\"muted\">Asked by ").append(esc(q.askerName())).append(", ")
                        .append(WHEN.format(q.askedAt())).append("</p>");
            }
            h.append("<p><b>Answer:</b> ").append(esc(q.answer())).append("</p><p class=\"muted\">Published to all "
                    + "participants ").append(WHEN.format(q.publishedAt())).append("</p></div>");
        }
        h.append("<h2>Meetings</h2>");
        if (meetings.isEmpty()) {
            h.append("<p>None.</p>");
        }
        for (Meeting m : meetings) {
            h.append("<p><b>").append(esc(m.title())).append("</b> (").append(m.kind() == MeetingKind.ONE_TO_ONE
                    ? "one-to-one, " + m.capacity() + " slots of " + m.slotMinutes() + " minutes" : "plenary")
                    .append("), ").append(WHEN.format(m.startsAt())).append(", ")
                    .append(esc(m.place() != null ? m.place() : m.onlineLink())).append(". Booked: ").append(m.booked())
                    .append(", waiting: ").append(m.waiting()).append(".</p>");
            if (m.minutes() != null) {
                h.append("<p><i>Minutes:</i> ").append(esc(m.minutes())).append("</p>");
            }
        }
        h.append("<h2>Written input</h2>");
        List<DialogueInput> shown = agencies ? inputs : inputs.stream().filter(i -> !i.confidential()).toList();
        if (shown.isEmpty()) {
            h.append("<p>None.</p>");
        }
        String current = null;
        for (DialogueInput i : shown) {
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

    /** Text for XHTML: everything a person typed is escaped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\n') {
                        out.append("<br/>");
                    } else if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
