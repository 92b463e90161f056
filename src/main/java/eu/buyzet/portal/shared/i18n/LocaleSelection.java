package eu.buyzet.portal.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Picks each UI's language: the user's explicit choice (a functional cookie), else the
 * browser's preferred languages, else English.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    public static final String COOKIE = "buyzet_lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // <html lang> names the page's language, so that screen readers speak Bokmål with a
        // Norwegian voice and the browser formats numbers in charts the reader's way
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html")
                .attr("lang", fromRequest(response.getVaadinRequest()).toLanguageTag()));
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
        Optional<Locale> chosen = Optional.ofNullable(request.getCookies())
                .flatMap(cookies -> Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(c -> SupportedLocales.fromTag(c.getValue()));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
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
