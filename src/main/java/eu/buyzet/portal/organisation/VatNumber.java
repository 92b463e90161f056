package eu.buyzet.portal.organisation;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * EU VAT identification numbers, checked for their country's format (as VIES documents them).
 * Whether the number is registered is not checked: that needs VIES, which the portal cannot reach.
 */
public final class VatNumber {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("ATU[0-9]{8}")),
            Map.entry("BE", Pattern.compile("BE[01][0-9]{9}")),
            Map.entry("BG", Pattern.compile("BG[0-9]{9,10}")),
            Map.entry("CY", Pattern.compile("CY[0-9]{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("CZ[0-9]{8,10}")),
            Map.entry("DE", Pattern.compile("DE[0-9]{9}")),
            Map.entry("DK", Pattern.compile("DK[0-9]{8}")),
            Map.entry("EE", Pattern.compile("EE[0-9]{9}")),
            Map.entry("GR", Pattern.compile("EL[0-9]{9}")),
            Map.entry("ES", Pattern.compile("ES[0-9A-Z][0-9]{7}[0-9A-Z]")),
            Map.entry("FI", Pattern.compile("FI[0-9]{8}")),
            Map.entry("FR", Pattern.compile("FR[0-9A-HJ-NP-Z]{2}[0-9]{9}")),
            Map.entry("HR", Pattern.compile("HR[0-9]{11}")),
            Map.entry("HU", Pattern.compile("HU[0-9]{8}")),
            Map.entry("IE", Pattern.compile("IE[0-9][0-9A-Z+*][0-9]{5}[A-Z]{1,2}")),
            Map.entry("IT", Pattern.compile("IT[0-9]{11}")),
            Map.entry("LT", Pattern.compile("LT([0-9]{9}|[0-9]{12})")),
            Map.entry("LU", Pattern.compile("LU[0-9]{8}")),
            Map.entry("LV", Pattern.compile("LV[0-9]{11}")),
            Map.entry("MT", Pattern.compile("MT[0-9]{8}")),
            Map.entry("NL", Pattern.compile("NL[0-9]{9}B[0-9]{2}")),
            Map.entry("PL", Pattern.compile("PL[0-9]{10}")),
            Map.entry("PT", Pattern.compile("PT[0-9]{9}")),
            Map.entry("RO", Pattern.compile("RO[0-9]{2,10}")),
            Map.entry("SE", Pattern.compile("SE[0-9]{10}01")),
            Map.entry("SI", Pattern.compile("SI[0-9]{8}")),
            Map.entry("SK", Pattern.compile("SK[0-9]{10}")));

    private VatNumber() {
    }

    public static @Nullable String normalise(@Nullable String input) {
        return input == null ? null : input.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The EU countries (ISO 3166 codes) whose VAT numbers the portal accepts. */
    public static java.util.Set<String> countries() {
        return FORMATS.keySet();
    }

    public static boolean isValid(String country, String input) {
        Pattern format = FORMATS.get(country);
        return format != null && input != null && format.matcher(normalise(input)).matches();
    }
}
