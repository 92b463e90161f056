package eu.buyzet.portal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from {@code i18n/messages*.properties}, the same bundle Spring's
 * MessageSource reads, so views, validation messages and (later) mails share one translation.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    private final MessageSource messages;

    PortalI18nProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, SupportedLocales.closest(locale));
        } catch (NoSuchMessageException e) {
            // A missing key shows itself rather than breaking the page; the i18n test catches it.
            return "!" + key;
        }
    }
}
