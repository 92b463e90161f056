package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import eu.buyzet.portal.buyergroup.DemandUnit;
import eu.buyzet.portal.shared.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How the group's pages print a fact and a date. */
final class Facts {

    /** A share as the timeline stores it, in no language: "1400 DELIVERIES_PER_YEAR". */
    private static final Pattern STORED_SHARE = Pattern.compile("(\\d+(?:\\.\\d+)?) ([A-Z_]+)");

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

    /**
     * A joined or changed share's step detail ("1400 DELIVERIES_PER_YEAR → 1500 …", as recorded
     * since the first group) in the reader's format and words; anything else is left as written.
     */
    static String shareDetail(Component context, String detail, Locale locale) {
        Matcher share = STORED_SHARE.matcher(detail);
        StringBuilder shown = new StringBuilder();
        while (share.find()) {
            String name = share.group(2);
            String unit = Arrays.stream(DemandUnit.values()).filter(u -> u.name().equals(name)).findFirst()
                    .map(u -> context.getTranslation(u.messageKey())).orElse(name);
            share.appendReplacement(shown, Matcher.quoteReplacement(
                    Formats.of(locale).amount(new BigDecimal(share.group(1))) + " " + unit));
        }
        share.appendTail(shown);
        return shown.toString();
    }
}
