package eu.buyzet.portal.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Picks each UI's language: the user's explicit choice (a functional cookie), else the
 * browser's preferred languages, else English.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    public static final String COOKIE = "buyzet_lang";

    private final MessageSource messages;

    LocaleSelection(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // <html lang> names the page's language, so that screen readers speak Bokmål with a
        // Norwegian voice and the browser formats numbers in charts the reader's way; the
        // description (link previews, search engines) is in that language too
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = fromRequest(response.getVaadinRequest());
            response.getDocument().select("html").attr("lang", locale.toLanguageTag());
            response.getDocument().select("meta[name=description]").remove();
            response.getDocument().head().appendElement("meta").attr("name", "description")
                    .attr("content", messages.getMessage("app.description", null, locale));
        });
        event.getSource().addUIInitListener(ui -> {
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            ui.getUI().setLocale(locale);
            ui.getUI().getSession().setLocale(locale);
            ui.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null) {
            return SupportedLocales.ENGLISH;
        }
        return choose(request.getCookies(), Collections.list(request.getLocales()));
    }

    /** The language of a request outside Vaadin (a download link, say), chosen as for a page. */
    public static Locale of(HttpServletRequest request) {
        return choose(request.getCookies(), Collections.list(request.getLocales()));
    }

    private static Locale choose(Cookie @Nullable [] cookies, List<Locale> preferred) {
        Optional<Locale> chosen = Optional.ofNullable(cookies)
                .flatMap(all -> Arrays.stream(all).filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(c -> SupportedLocales.fromTag(c.getValue()));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale wanted : preferred) {
            String lang = wanted.getLanguage();
            if (lang.equals("en") || lang.equals("nb") || lang.equals("no") || lang.equals("nn")) {
                return SupportedLocales.closest(wanted);
            }
        }
        return SupportedLocales.ENGLISH;
    }

    /** Switches the current user to {@code locale}, remembers it in a cookie, and redraws the page. */
    public static void switchTo(Locale locale) {
        Locale target = SupportedLocales.closest(locale);
        VaadinSession.getCurrent().setLocale(target);
        Cookie cookie = new Cookie(COOKIE, target.toLanguageTag());
        cookie.setPath(Optional.ofNullable(VaadinService.getCurrentRequest())
                .map(VaadinRequest::getContextPath).filter(p -> !p.isEmpty()).orElse("/"));
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
