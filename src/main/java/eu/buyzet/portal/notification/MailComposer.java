package eu.buyzet.portal.notification;

import eu.buyzet.portal.notification.internal.NotificationRepository.Recipient;
import eu.buyzet.portal.shared.i18n.SupportedLocales;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes mails in the recipient's language, from the same bundle as the screens. */
@Component
class MailComposer {

    record Mail(String subject, String body) {
    }

    private final MessageSource messages;
    private final String publicUrl;

    MailComposer(MessageSource messages, @Value("${buyzet.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Members who never chose a language get Bokmål: the portal is Oslo's first. */
    static Locale locale(@Nullable String tag) {
        Locale chosen = SupportedLocales.fromTag(tag);
        return chosen == null ? SupportedLocales.BOKMAL : chosen;
    }

    String link(String path) {
        return publicUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    Mail single(Recipient to, String kind, @Nullable String detail, String subjectTitle, String link) {
        Locale locale = locale(to.locale());
        String text = NotificationText.of(kind, detail, subjectTitle, (key, args) -> t(locale, key, args));
        String body = t(locale, "mail.greeting", to.displayName()) + "\n\n" + text + "\n\n"
                + t(locale, "mail.open", link(link)) + "\n\n-- \n" + t(locale, "mail.footer", link("notifications"));
        return new Mail(t(locale, "mail.subject", text), body);
    }

    Mail digest(Recipient to, List<Notification> notifications) {
        Locale locale = locale(to.locale());
        StringBuilder body = new StringBuilder(t(locale, "mail.greeting", to.displayName())).append("\n\n")
                .append(t(locale, "mail.digest-lead", notifications.size())).append("\n\n");
        for (Notification n : notifications) {
            body.append("* ").append(NotificationText.of(n, (key, args) -> t(locale, key, args))).append("\n  ")
                    .append(link(n.link())).append("\n");
        }
        body.append("\n-- \n").append(t(locale, "mail.footer", link("notifications")));
        return new Mail(t(locale, "mail.digest-subject", notifications.size()), body.toString());
    }

    /** A mail that is not a notification, e.g. an address to confirm; the keys name subject and body. */
    Mail direct(@Nullable String localeTag, String subjectKey, String bodyKey, Object... args) {
        Locale locale = locale(localeTag);
        // a day is written as the reader writes it ("14. mai 2026"), not as ISO
        Object[] shown = java.util.Arrays.stream(args)
                .map(a -> a instanceof java.time.LocalDate day ? eu.buyzet.portal.shared.Formats.of(locale).date(day) : a)
                .toArray();
        return new Mail(t(locale, subjectKey, shown), t(locale, bodyKey, shown));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
