package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountFieldTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "1250000|1250000",
            "1 250 000|1250000",
            "1\u00a0250\u00a0000|1250000",
            "1,250,000.50|1250000.50",
            "1.250.000,50|1250000.50",
            "12,5|12.5",
            "12.5|12.5",
            "0|0"})
    void amounts_read_as_people_write_them_in_norwegian_and_english(String typed, String expected) {
        assertThat(AmountField.parse(typed)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is not an amount")
    @ValueSource(strings = {"tolv millioner", "12 kr", "1,2,3", "--5", "5-"})
    void words_and_stray_signs_are_not_amounts(String typed) {
        assertThatThrownBy(() -> AmountField.parse(typed)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blank_is_no_amount(String typed) {
        assertThat(AmountField.parse(typed)).isNull();
    }
}
