package eu.buyzet.portal.shared;

import java.util.regex.Pattern;

/**
 * A Common Procurement Vocabulary code as procurement notices write it: eight digits, a dash and
 * a check digit (e.g. 90511000-2, refuse collection services).
 */
public record CpvCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{8}-[0-9]");

    public CpvCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a CPV code: " + value);
        }
    }

    /** Accepts what people type: spaces around, and the dash optional. */
    public static CpvCode parse(String input) {
        String s = input == null ? "" : input.strip().replace(" ", "");
        if (s.matches("[0-9]{9}")) {
            s = s.substring(0, 8) + "-" + s.charAt(8);
        }
        return new CpvCode(s);
    }

    public static boolean isWellFormed(String input) {
        try {
            parse(input);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads the codes a person typed, ignoring blanks and repeats. A malformed code, one not in the
     * official list, or one with the wrong check digit puts a message key under {@code field} in
     * {@code errors} and is left out.
     */
    public static java.util.List<CpvCode> parseAll(java.util.List<String> typed, java.util.Map<String, String> errors,
                                                   String field) {
        java.util.List<CpvCode> codes = new java.util.ArrayList<>();
        for (String code : typed) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!isWellFormed(code)) {
                // words left in the box were a search, not a code: say so rather than ask for digits
                errors.put(field, code.chars().anyMatch(Character::isLetter) && code.chars().noneMatch(Character::isDigit)
                        ? "validation.cpv.words" : "validation.cpv.format");
                continue;
            }
            CpvCode parsed = parse(code);
            switch (CpvCatalogue.official().check(parsed)) {
                case UNKNOWN -> errors.put(field, "validation.cpv.unknown");
                case WRONG_CHECK_DIGIT -> errors.put(field, "validation.cpv.check-digit");
                case VALID -> {
                    if (!codes.contains(parsed)) {
                        codes.add(parsed);
                    }
                }
            }
        }
        return codes;
    }

    /** The eight digits without the check digit, as EU code lists (eForms) write them. */
    public String digits() {
        return value.substring(0, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
