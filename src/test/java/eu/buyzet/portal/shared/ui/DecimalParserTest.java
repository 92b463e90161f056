package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.shared.i18n.SupportedLocales;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    private static Locale locale(String tag) {
        return "nb".equals(tag) ? SupportedLocales.BOKMAL : SupportedLocales.ENGLISH;
    }

    @ParameterizedTest(name = "{0}: \"{1}\" reads as {2}")
    @CsvSource(delimiter = '|', value = {
            "nb|12,5|12.5",
            "nb|12.5|12.5",
            "en|12.5|12.5",
            "en|12,5|12.5",
            "nb|3,5|3.5",
            "en|3.5|3.5",
            "nb|1,250|1.25",
            "en|1,250|1250",
            "en|1.250|1.25",
            "nb|0.250|0.25",
            "nb|1 250 000|1250000",
            "nb|1\u00a0250\u00a0000,50|1250000.50",
            "nb|1\u202f250,5|1250.5",
            "en|1,250,000.50|1250000.50",
            "nb|1.250.000,50|1250000.50",
            "nb|1.250.000|1250000",
            "en|1,250,000|1250000",
            "nb|-12,5|-12.5",
            "en|-12.5|-12.5",
            "nb|\u221212,5|-12.5",
            "en|+4|4",
            "nb|,5|0.5",
            "nb|0|0",
            "en|999999999999999|999999999999999"})
    void numbers_read_as_people_write_them_in_bokmal_and_english(String tag, String typed, String expected) {
        assertThat(DecimalParser.parse(typed, locale(tag))).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is refused in Bokmål as {1}")
    @CsvSource(delimiter = '|', value = {
            "tolv|validation.number.format",
            "12 km|validation.number.format",
            "12a5|validation.number.format",
            "1,2,3|validation.number.format",
            "1.2.3|validation.number.format",
            "1,250.000,5|validation.number.format",
            "--5|validation.number.format",
            "5-|validation.number.format",
            "12,|validation.number.format",
            "-|validation.number.format",
            "1e5|validation.number.format",
            "1.500|validation.number.ambiguous",
            "12.500|validation.number.ambiguous",
            "1000000000000000|validation.number.too-large",
            "99999999999999999999999999999999999999|validation.number.too-large"})
    void what_cannot_be_read_is_refused_with_a_reason_never_dropped(String typed, String key) {
        assertThatThrownBy(() -> DecimalParser.parse(typed, SupportedLocales.BOKMAL))
                .isInstanceOfSatisfying(DecimalParser.UnreadableNumberException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u00a0"})
    void blank_is_no_number(String typed) {
        assertThat(DecimalParser.parse(typed, SupportedLocales.BOKMAL)).isNull();
        assertThat(DecimalParser.parse(null, SupportedLocales.ENGLISH)).isNull();
    }
}
