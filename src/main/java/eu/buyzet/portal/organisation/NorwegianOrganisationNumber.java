package eu.buyzet.portal.organisation;

import org.jspecify.annotations.Nullable;

/**
 * The Brønnøysund Register Centre's organisation number: nine digits, the last a modulus-11
 * check digit with weights 3, 2, 7, 6, 5, 4, 3, 2. A remainder that would give check digit 10
 * means the number is never issued.
 */
public final class NorwegianOrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private NorwegianOrganisationNumber() {
    }

    /** Removes the spaces people type ("996 922 766"). */
    public static @Nullable String normalise(@Nullable String input) {
        return input == null ? null : input.replaceAll("[\\s.]", "");
    }

    public static boolean isValid(String input) {
        String number = normalise(input);
        if (number == null || !number.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(8) - '0';
    }
}
