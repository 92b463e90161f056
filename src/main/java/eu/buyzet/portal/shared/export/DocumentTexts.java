package eu.buyzet.portal.shared.export;

import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * The portal's messages in one reader's language, for a document a feature builds outside a page
 * (a strategy, a dialogue report). A key without a message shows itself, as on a page, rather than
 * failing the download; the i18n test finds it.
 */
@FunctionalInterface
public interface DocumentTexts {

    String get(String key, Object... args);

    static DocumentTexts of(MessageSource messages, Locale locale) {
        return (key, args) -> Objects.requireNonNullElse(messages.getMessage(key, args, "!" + key, locale),
                "!" + key);
    }
}
