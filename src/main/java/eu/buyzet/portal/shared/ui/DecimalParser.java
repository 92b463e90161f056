package eu.buyzet.portal.shared.ui;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as a person types it in the reader's language: "12,5" and "12.5" both mean
 * twelve and a half where that is unambiguous, "1 250 000,50" and "1,250,000.50" both carry
 * thousands. A separator is taken as the reader's locale writes it; the other convention is
 * accepted when only one reading is possible, and refused when two are ("1.500" in Bokmål may
 * be fifteen hundred or one and a half), so that a figure is never silently ten or a thousand
 * times wrong.
 */
public final class DecimalParser {

    /** More integer digits than this is no quantity anyone means, and would lose precision as a double. */
    static final int MAX_INTEGER_DIGITS = 15;

    private DecimalParser() {
    }

    /** Why typing is not a number, as an i18n key for the message next to the field. */
    public static final class UnreadableNumberException extends NumberFormatException {

        private final String messageKey;

        UnreadableNumberException(String typed, String messageKey) {
            super(typed);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The number typed, or null when blank. */
    public static @Nullable BigDecimal parse(@Nullable String typed, Locale locale) {
        if (typed == null) {
            return null;
        }
        String s = typed.replaceAll("[\\s\u00a0\u202f\u2009]", "").replace('\u2212', '-');
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = s.startsWith("-");
        String digits = negative || s.startsWith("+") ? s.substring(1) : s;
        if (!digits.matches("[0-9.,]+") || !digits.matches(".*[0-9].*")) {
            throw new UnreadableNumberException(typed, "validation.number.format");
        }
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        String plain = plain(digits, decimal, grouping, typed);
        if (plain.startsWith(".")) {
            plain = "0" + plain;
        }
        if (!plain.matches("\\d+(\\.\\d+)?")) {
            throw new UnreadableNumberException(typed, "validation.number.format");
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new UnreadableNumberException(typed, "validation.number.too-large");
        }
        return negative ? value.negate() : value;
    }

    /** The digits with at most one '.', as the decimal point; thousands separators removed. */
    private static String plain(String digits, char decimal, char grouping, String typed) {
        int commas = count(digits, ',');
        int points = count(digits, '.');
        if (commas > 0 && points > 0) {
            // both: the last one written is the decimal separator, the other groups thousands
            char last = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
            char group = last == ',' ? '.' : ',';
            int at = digits.lastIndexOf(last);
            String whole = digits.substring(0, at);
            if (count(digits, last) > 1 || !grouped(whole, group)) {
                throw new UnreadableNumberException(typed, "validation.number.format");
            }
            return whole.replace(String.valueOf(group), "") + "." + digits.substring(at + 1);
        }
        if (commas == 0 && points == 0) {
            return digits;
        }
        char sep = commas > 0 ? ',' : '.';
        if (count(digits, sep) > 1) {
            if (!grouped(digits, sep)) {
                throw new UnreadableNumberException(typed, "validation.number.format");
            }
            return digits.replace(String.valueOf(sep), "");
        }
        if (sep == decimal || !grouped(digits, sep)) {
            return digits.replace(sep, '.');
        }
        if (sep == grouping) {
            return digits.replace(String.valueOf(sep), "");
        }
        throw new UnreadableNumberException(typed, "validation.number.ambiguous");
    }

    /** "1,250" or "12,500,000": groups of three after a first group of one to three that is not zero. */
    private static boolean grouped(String digits, char sep) {
        String q = java.util.regex.Pattern.quote(String.valueOf(sep));
        return digits.matches("[1-9]\\d{0,2}(" + q + "\\d{3})+");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
