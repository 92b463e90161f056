package eu.buyzet.portal.shared;

import eu.buyzet.portal.shared.i18n.SupportedLocales;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Figures, dates and times as the reader writes them: "39 968,9" and "2. des. 2026, 04:44" in
 * Bokmål, "39,968.9" and "Dec 2, 2026, 4:44 AM" in English, always in Oslo's time zone (the
 * portal's deliveries happen there, whatever zone the server runs in). Every page, list and
 * export that shows a figure or a moment goes through here, so that one card never mixes two
 * conventions. In a view, {@code ReaderFormats.of(component)} gives the reader's.
 */
public final class Formats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Locale locale;

    private Formats(Locale locale) {
        this.locale = locale;
    }

    /** Formats for a reader; any locale the portal does not speak gets English. */
    public static Formats of(@Nullable Locale locale) {
        return new Formats(SupportedLocales.closest(locale));
    }

    public Locale locale() {
        return locale;
    }

    /** A measured figure: one decimal, three below ten where small amounts matter (e.g. 0.125 t). */
    public String figure(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value != 0 && Math.abs(value) < 10 ? 3 : 1);
        return format.format(value);
    }

    /** A count or a money amount in whole units, with the reader's thousands separator. */
    public String whole(Number value) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return format.format(value);
    }

    /** A money amount, with øre or pence only where there are some. */
    public String amount(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A share from 0 to 1 as a percentage with one decimal. */
    public String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A moment, in Oslo, to the minute. */
    public String dateTime(Instant moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(moment.atZone(OSLO));
    }

    /** A day: "31. des. 2027" in Bokmål, "Dec 31, 2027" in English. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** A moment's day in Oslo. */
    public String date(Instant moment) {
        return date(moment.atZone(OSLO).toLocalDate());
    }
}
