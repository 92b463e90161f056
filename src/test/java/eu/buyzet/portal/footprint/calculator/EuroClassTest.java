package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EuroClassTest {

    @Test
    void light_and_heavy_duty_spellings_of_one_stage_are_the_same_class() {
        for (String written : new String[] {"Euro 6", "Euro VI", "EURO6", "euro6", "6", "VI", "Euro-6", "EURO_VI",
                " euro  vi ", "Euro 6d-TEMP", "Euro 6d", "Euro 6e-bis", "Euro 6d-ISC-FCM", "Euro VI-E", "VI E"}) {
            assertThat(EuroClass.parse(written)).as(written).contains(EuroClass.EURO_6);
        }
        assertThat(EuroClass.parse("Euro IV")).contains(EuroClass.EURO_4);
        assertThat(EuroClass.parse("Euro 4")).contains(EuroClass.EURO_4);
        assertThat(EuroClass.parse("III")).contains(EuroClass.EURO_3);
        assertThat(EuroClass.parse("Euro V")).contains(EuroClass.EURO_5);
        assertThat(EuroClass.parse("Euro 1")).contains(EuroClass.EURO_1);
        assertThat(EuroClass.parse("II")).contains(EuroClass.EURO_2);
    }

    @Test
    void eev_counts_as_the_lower_stage_it_improves_on_and_pre_euro_has_its_own_class() {
        assertThat(EuroClass.parse("EEV")).contains(EuroClass.EURO_5);
        assertThat(EuroClass.parse("pre-Euro")).contains(EuroClass.PRE_EURO);
        assertThat(EuroClass.parse("Euro 0")).contains(EuroClass.PRE_EURO);
    }

    @Test
    void text_that_names_no_stage_is_unknown_rather_than_a_guess() {
        for (String written : new String[] {"", "  ", "Euro 7", "Euro VII", "7", "diesel", "Euro", "E6", "66"}) {
            assertThat(EuroClass.parse(written)).as(written).isEmpty();
        }
        assertThat(EuroClass.parse(null)).isEmpty();
    }

    @Test
    void the_label_follows_the_vehicle_arabic_for_light_and_roman_for_heavy_duty() {
        assertThat(EuroClass.EURO_6.label(VehicleCategory.N1)).isEqualTo("Euro 6");
        assertThat(EuroClass.EURO_6.label(VehicleCategory.N3)).isEqualTo("Euro VI");
        assertThat(EuroClass.EURO_4.label(VehicleCategory.M2_M3)).isEqualTo("Euro IV");
        assertThat(EuroClass.PRE_EURO.label(VehicleCategory.M1)).isEqualTo("pre-Euro");
    }
}
