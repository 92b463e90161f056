package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.Html;
import eu.buyzet.portal.shared.Markdown;
import eu.buyzet.portal.submission.SubmissionHit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/** How submission texts are shown: always escaped or sanitised, never raw. */
final class SubmissionTexts {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private SubmissionTexts() {
    }

    static Html body(String markdown) {
        return new Html("<div class=\"markdown\">" + Markdown.toSafeHtml(markdown) + "</div>");
    }

    /** A search snippet: every character escaped, then the matched words marked. */
    static Html snippet(String snippet) {
        StringBuilder html = new StringBuilder("<span class=\"snippet\">");
        StringBuilder text = new StringBuilder();
        for (char c : (snippet == null ? "" : snippet).toCharArray()) {
            boolean start = c == SubmissionHit.MARK_START.charAt(0);
            if (start || c == SubmissionHit.MARK_END.charAt(0)) {
                html.append(Entities.escape(text.toString())).append(start ? "<mark>" : "</mark>");
                text.setLength(0);
            } else {
                text.append(c);
            }
        }
        return new Html(html.append(Entities.escape(text.toString())).append("</span>").toString());
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(OSLO));
    }
}
