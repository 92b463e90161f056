package eu.buyzet.portal.shared.i18n;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's own messages (session expired, lost connection) in the user's language. */
@Component
class LocalizedSystemMessages implements VaadinServiceInitListener {

    private final MessageSource messages;

    LocalizedSystemMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = SupportedLocales.closest(info.getLocale());
            CustomizedSystemMessages m = new CustomizedSystemMessages();
            m.setSessionExpiredCaption(messages.getMessage("system.session-expired.caption", null, locale));
            m.setSessionExpiredMessage(messages.getMessage("system.session-expired.message", null, locale));
            m.setSessionExpiredNotificationEnabled(true);
            m.setInternalErrorCaption(messages.getMessage("system.internal-error.caption", null, locale));
            m.setInternalErrorMessage(messages.getMessage("system.internal-error.message", null, locale));
            m.setCookiesDisabledCaption(messages.getMessage("system.cookies.caption", null, locale));
            m.setCookiesDisabledMessage(messages.getMessage("system.cookies.message", null, locale));
            return m;
        });
    }
}
