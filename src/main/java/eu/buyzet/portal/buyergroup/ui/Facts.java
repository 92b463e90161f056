package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.html.DescriptionList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the group's pages print a fact and a date. */
final class Facts {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private Facts() {
    }

    /** A term and its value, the value with the id {@code fact-<id>}. */
    static void add(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("fact-" + id);
        list.add(new DescriptionList.Term(list.getTranslation(key)), description);
    }

    static String date(@Nullable Instant at, Locale locale) {
        return at == null ? "" : at.atZone(OSLO).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
