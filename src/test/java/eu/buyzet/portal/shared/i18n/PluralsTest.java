package eu.buyzet.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read as people say them: "1 contract", not "1 contracts", in both languages. */
class PluralsTest {

    private final PortalI18nProvider i18n = new PortalI18nProvider(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String en(String key, Object... args) {
        return i18n.getTranslation(key, SupportedLocales.ENGLISH, args).replace('\u00a0', ' ');
    }

    private String nb(String key, Object... args) {
        return i18n.getTranslation(key, SupportedLocales.BOKMAL, args).replace('\u00a0', ' ');
    }

    @Test
    void one_is_singular_and_other_counts_plural_in_english() {
        assertThat(en("contracts.category-contracts", 1)).isEqualTo("1 contract");
        assertThat(en("contracts.category-contracts", 2)).isEqualTo("2 contracts");
        assertThat(en("contracts.category-contracts", 0)).isEqualTo("0 contracts");
        assertThat(en("buyer-group.counted", 1)).isEqualTo("Counted: 1 member");
        assertThat(en("buyer-group.counted", 1500)).isEqualTo("Counted: 1,500 members");
        assertThat(en("moderation.flag-count", 1)).isEqualTo("flagged by 1 organisation");
    }

    @Test
    void one_is_singular_and_other_counts_plural_in_bokmal() {
        assertThat(nb("contracts.category-contracts", 1)).isEqualTo("1 kontrakt");
        assertThat(nb("contracts.category-contracts", 3)).isEqualTo("3 kontrakter");
        assertThat(nb("buyer-group.counted", 1)).isEqualTo("Telt med: 1 medlem");
        assertThat(nb("buyer-group.counted", 1500)).isEqualTo("Telt med: 1 500 medlemmer");
        assertThat(nb("contracts.agency-option", "Bymiljøetaten", 1)).isEqualTo("Bymiljøetaten (1 kontrakt)");
    }
}
