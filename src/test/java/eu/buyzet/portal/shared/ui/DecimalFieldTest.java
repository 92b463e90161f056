package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalFieldTest {

    @Test
    void a_count_too_large_to_hold_is_refused_at_the_field_not_read_as_blank() {
        DecimalField vehicles = DecimalField.wholeNumber("Vehicles");
        vehicles.setValue("3000000000");

        assertThat(vehicles.check()).isFalse();
        assertThat(vehicles.isInvalid()).isTrue();
        assertThat(vehicles.getErrorMessage()).contains("validation.number.too-large");
    }

    @Test
    void a_count_that_fits_reads_as_typed() {
        DecimalField vehicles = DecimalField.wholeNumber("Vehicles");
        vehicles.setValue("2000000000");

        assertThat(vehicles.check()).isTrue();
        assertThat(vehicles.integerValue()).isEqualTo(2_000_000_000);
    }
}
