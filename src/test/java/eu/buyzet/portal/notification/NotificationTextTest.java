package eu.buyzet.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

    private static final Map<String, String> NB = Map.of(
            "notification.content-hidden", "Skjult etter flagg, til en moderator har sett på det: {0} ({1})",
            "moderation.reason.spam", "Spam eller reklame",
            "moderation.reason.off-topic", "Utenfor tema");

    private static String nb(String key, Object... args) {
        return new MessageFormat(NB.get(key), Locale.forLanguageTag("nb")).format(args);
    }

    @Test
    void flag_reasons_are_read_in_the_readers_language_not_as_codes() {
        assertThat(NotificationText.of("content-hidden", "moderation.reason.spam,moderation.reason.off-topic",
                "Kjølte varebiler", NotificationTextTest::nb))
                .isEqualTo("Skjult etter flagg, til en moderator har sett på det: Kjølte varebiler "
                        + "(Spam eller reklame, Utenfor tema)");
    }

    @Test
    void a_notice_kept_in_words_by_an_earlier_version_reads_as_it_was_kept() {
        assertThat(NotificationText.of("content-hidden", "spam, off topic", "Kjølte varebiler", NotificationTextTest::nb))
                .endsWith("(spam, off topic)");
    }
}
