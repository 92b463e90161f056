package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.html.DescriptionList;
import eu.buyzet.portal.shared.Formats;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the group's pages print a fact and a date. */
final class Facts {

    private Facts() {
    }

    /** A term and its value, the value with the id {@code fact-<id>}. */
    static void add(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("fact-" + id);
        list.add(new DescriptionList.Term(list.getTranslation(key)), description);
    }

    static String date(@Nullable Instant at, Locale locale) {
        return at == null ? "" : Formats.of(locale).date(at);
    }
}
