package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.Html;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.Markdown;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How submission texts are shown: always escaped or sanitised, never raw. */
final class SubmissionTexts {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private SubmissionTexts() {
    }

    static Html body(String markdown) {
        return new Html("<div class=\"markdown\">" + Markdown.toSafeHtml(markdown) + "</div>");
    }

    static String date(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : Formats.of(locale).date(instant);
    }
}
