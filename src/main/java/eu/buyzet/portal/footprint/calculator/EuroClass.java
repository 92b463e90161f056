package eu.buyzet.portal.footprint.calculator;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Euro emission stage a vehicle is type-approved to: light-duty stages are written in arabic
 * numerals (Euro 6, Regulation (EC) 715/2007), heavy-duty in roman (Euro VI, Regulation (EC)
 * 595/2009); both are one stage here, because the factor set's rows already say which vehicle
 * they are for. Sub-stages (6d-TEMP, VI-E) share their stage's figures.
 */
public enum EuroClass {
    PRE_EURO, EURO_1, EURO_2, EURO_3, EURO_4, EURO_5, EURO_6;

    // a stage, then at most a sub-stage letter (6d, VI-E) with its suffix (6d-TEMP, 6e-bis, 6d-ISC-FCM); "VII" is not VI
    private static final Pattern STAGE =
            Pattern.compile("^(?:EURO)?([1-6]|VI|IV|V|III|II|I)(?:[A-E](?:TEMP|BIS|ISC|FCM|ISCFCM)?)?$");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI"};

    /**
     * The stage a declared text names ("Euro 6", "Euro VI", "EURO6", "6", "euro 6d-temp", "VI-E",
     * "pre-Euro"), or empty when it names none: then the factor set's default stage is taken, and
     * the result says so. EEV (Enhanced Environmentally friendly Vehicle) counts as Euro V: its
     * limits are between V and VI, and the lower stage is the conservative one.
     */
    public static Optional<EuroClass> parse(@Nullable String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String s = declared.toUpperCase(Locale.ROOT).replaceAll("[\\s_./-]+", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.equals("EEV") || s.equals("EUROEEV")) {
            return Optional.of(EURO_5);
        }
        if (s.equals("PREEURO") || s.equals("EURO0") || s.equals("0") || s.equals("CONVENTIONAL")) {
            return Optional.of(PRE_EURO);
        }
        Matcher m = STAGE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String stage = m.group(1);
        for (int i = 1; i < ROMAN.length; i++) {
            if (stage.equals(ROMAN[i]) || stage.equals(Integer.toString(i))) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.empty();
    }

    /** "Euro 6" for light-duty vehicles, "Euro VI" for heavy-duty ones, "pre-Euro" before both. */
    public String label(VehicleCategory category) {
        if (this == PRE_EURO) {
            return "pre-Euro";
        }
        return "Euro " + (category.heavyDuty() ? ROMAN[ordinal()] : Integer.toString(ordinal()));
    }
}
