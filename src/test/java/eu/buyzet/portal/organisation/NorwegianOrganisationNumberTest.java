package eu.buyzet.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NorwegianOrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "971040793", "996922766", "914 234 565", "923456783"})
    void numbers_with_a_correct_mod11_check_digit_are_valid(String number) {
        assertThat(NorwegianOrganisationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"974760674", "123456789", "12345678", "1234567890", "abcdefghi", ""})
    void anything_else_is_invalid(String number) {
        assertThat(NorwegianOrganisationNumber.isValid(number)).isFalse();
    }

    @Test
    void a_number_whose_check_digit_would_be_ten_is_never_valid() {
        // 92255501x: the weighted sum leaves remainder 1, so the check digit would be 10
        for (int last = 0; last <= 9; last++) {
            assertThat(NorwegianOrganisationNumber.isValid("92255501" + last)).isFalse();
        }
    }

    @Test
    void null_is_invalid() {
        assertThat(NorwegianOrganisationNumber.isValid(null)).isFalse();
    }
}
