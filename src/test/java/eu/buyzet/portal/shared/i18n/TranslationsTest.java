package eu.buyzet.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in English and Norwegian Bokmål, and every key the code uses is translated. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void english_and_norwegian_have_the_same_keys() throws IOException {
        assertThat(load("messages_nb.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void no_message_with_arguments_loses_an_apostrophe_to_message_format() throws IOException {
        // MessageFormat reads a lone ' as the start of a quote: "the contracts' results, set {1}" showed "{1}"
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String bundle : new String[] {"messages.properties", "messages_nb.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).as(bundle).filteredOn(k -> argument.matcher(p.getProperty(k)).find()
                    && loneApostrophe.matcher(p.getProperty(k)).find()).isEmpty();
        }
    }

    @Test
    void every_key_the_code_asks_for_is_translated() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("\"((?:[a-z-]+\\.)+[a-z-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                // disclosure channel names ("dialogue.report-pdf") look like keys but are none
                String code = Files.readString(source).replaceAll("DisclosureChannel\\(\"[^\"]*\"\\)", "");
                Matcher m = literalKey.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    boolean looksLikeKey = Stream.of("nav.", "home.", "login.", "error.", "validation.", "organisation",
                            "member", "action.", "filter.", "signin-problem.", "system.", "my-organisation.", "app.", "forum", "submission", "comments.", "interest.",
                            "attachments.", "cpv.", "search.", "my-submissions.", "footprint.", "factor-sets.", "contracts.", "proposal.", "buyer-group.", "notification.", "dialogue.", "moderation.", "mail.", "dev-mailbox.", "signup.", "privacy.", "audit-log.", "subscription.", "account.", "strategy.")
                            .anyMatch(key::startsWith);
                    if (looksLikeKey && !known.contains(key) && !key.startsWith("organisation.kind.")
                            && !key.startsWith("organisation.status.") && !key.startsWith("forum.status.")
                            && !key.startsWith("forum.visibility.") && !key.startsWith("submissions.new.")
                            && !key.startsWith("submission.kind.") && !key.startsWith("submission.status.")
                            && !key.startsWith("validation.submission.not-")) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_role_kind_and_status_has_a_name_in_both_languages() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_nb.properties"}) {
            Set<String> keys = load(file).stringPropertyNames();
            for (var role : eu.buyzet.portal.security.Role.values()) {
                assertThat(keys).contains(role.messageKey());
            }
            for (var kind : eu.buyzet.portal.notification.NotificationKind.values()) {
                assertThat(keys).contains(kind.messageKey());
            }
            for (var kind : eu.buyzet.portal.notification.SubscriptionKind.values()) {
                assertThat(keys).contains(kind.messageKey());
            }
            for (var mode : eu.buyzet.portal.notification.MailMode.values()) {
                assertThat(keys).contains(mode.messageKey());
            }
            for (var type : eu.buyzet.portal.submission.AttachmentType.values()) {
                assertThat(keys).contains("attachments.type." + type.name());
            }
            for (var vehicle : eu.buyzet.portal.footprint.calculator.VehicleCategory.values()) {
                assertThat(keys).contains("footprint.vehicle." + vehicle.name().toLowerCase());
            }
            for (var carrier : eu.buyzet.portal.footprint.calculator.EnergyCarrier.values()) {
                assertThat(keys).contains("footprint.carrier." + carrier.name().toLowerCase());
            }
            for (var sort : eu.buyzet.portal.search.SearchQuery.Sort.values()) {
                assertThat(keys).contains("search.sort." + sort.name().toLowerCase());
            }
            for (var cvd : eu.buyzet.portal.footprint.calculator.CvdClass.values()) {
                assertThat(keys).contains("footprint.cvd." + cvd.name().toLowerCase());
            }
            for (var kind : eu.buyzet.portal.organisation.OrganisationKind.values()) {
                assertThat(keys).contains(kind.messageKey());
            }
            for (var status : eu.buyzet.portal.organisation.OrganisationStatus.values()) {
                assertThat(keys).contains(status.messageKey());
            }
            for (var status : eu.buyzet.portal.forum.ForumStatus.values()) {
                assertThat(keys).contains(status.messageKey());
            }
            for (var kind : eu.buyzet.portal.submission.SubmissionKind.values()) {
                assertThat(keys).contains(kind.messageKey(), "submissions.new." + kind.name().toLowerCase());
            }
            for (var status : eu.buyzet.portal.submission.SubmissionStatus.values()) {
                assertThat(keys).contains(status.messageKey());
            }
            for (var visibility : eu.buyzet.portal.forum.ForumVisibility.values()) {
                assertThat(keys).contains(visibility.messageKey());
            }
        }
    }

    @Test
    void norwegian_browsers_get_bokmal_and_everyone_else_english() {
        assertThat(SupportedLocales.closest(java.util.Locale.forLanguageTag("no-NO"))).isEqualTo(SupportedLocales.BOKMAL);
        assertThat(SupportedLocales.closest(java.util.Locale.forLanguageTag("nn"))).isEqualTo(SupportedLocales.BOKMAL);
        assertThat(SupportedLocales.closest(java.util.Locale.forLanguageTag("nb-NO"))).isEqualTo(SupportedLocales.BOKMAL);
        assertThat(SupportedLocales.closest(java.util.Locale.forLanguageTag("de-DE"))).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(SupportedLocales.closest(null)).isEqualTo(SupportedLocales.ENGLISH);
    }
}
