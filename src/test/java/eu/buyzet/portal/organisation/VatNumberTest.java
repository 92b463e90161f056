package eu.buyzet.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatNumberTest {

    @ParameterizedTest
    @CsvSource({"NL, NL859521423B01", "DK, DK 12 34 56 78", "DE, de123456789", "SE, SE556677889901",
            "GR, EL123456789", "AT, ATU12345678", "FR, FRXX123456789"})
    void a_vat_number_in_its_countrys_format_is_accepted(String country, String number) {
        assertThat(VatNumber.isValid(country, number)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"NL, NL859521423", "DK, DE12345678", "DE, DE12345", "NO, NO123456789MVA", "XX, XX123"})
    void a_vat_number_in_another_format_is_refused(String country, String number) {
        assertThat(VatNumber.isValid(country, number)).isFalse();
    }
}
