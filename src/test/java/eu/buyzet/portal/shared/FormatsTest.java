package eu.buyzet.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.shared.i18n.SupportedLocales;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static String spaces(String s) {
        return s.replaceAll("[\u00a0\u202f]", " ");
    }

    @Test
    void bokmal_readers_get_a_decimal_comma_and_space_thousands() {
        Formats nb = Formats.of(SupportedLocales.BOKMAL);
        assertThat(spaces(nb.figure(39968.94))).isEqualTo("39 968,9");
        assertThat(spaces(nb.figure(0.1254))).isEqualTo("0,125");
        assertThat(spaces(nb.amount(new BigDecimal("1250000.50")))).isEqualTo("1 250 000,5");
        assertThat(spaces(nb.percent(0.5))).isEqualTo("50 %");
    }

    @Test
    void english_readers_get_a_decimal_point_and_comma_thousands() {
        Formats en = Formats.of(SupportedLocales.ENGLISH);
        assertThat(en.figure(39968.94)).isEqualTo("39,968.9");
        assertThat(en.amount(12_500_000)).isEqualTo("12,500,000");
    }

    @Test
    void moments_are_shown_in_oslo_time_whatever_the_server_zone() {
        // 04:44 UTC on 2 December is 05:44 in Oslo (winter time)
        Instant moment = Instant.parse("2026-12-02T04:44:10Z");
        assertThat(spaces(Formats.of(SupportedLocales.BOKMAL).dateTime(moment))).isEqualTo("2. des. 2026, 05:44");
        assertThat(spaces(Formats.of(SupportedLocales.ENGLISH).dateTime(moment))).isEqualTo("Dec 2, 2026, 5:44 AM");
        // 23:30 UTC on 31 December is already New Year's Day in Oslo
        assertThat(Formats.of(SupportedLocales.BOKMAL).date(Instant.parse("2027-12-31T23:30:00Z")))
                .isEqualTo("1. jan. 2028");
        assertThat(Formats.of(SupportedLocales.BOKMAL).date(LocalDate.of(2027, 12, 31))).isEqualTo("31. des. 2027");
    }

    @Test
    void a_language_the_portal_does_not_speak_gets_english() {
        assertThat(Formats.of(Locale.GERMAN).figure(1.5)).isEqualTo("1.5");
        assertThat(Formats.of(Locale.forLanguageTag("no-NO")).locale()).isEqualTo(SupportedLocales.BOKMAL);
        assertThat(Formats.of(null).locale()).isEqualTo(SupportedLocales.ENGLISH);
    }
}
