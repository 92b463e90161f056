package eu.buyzet.portal.shared.ui;

import eu.buyzet.portal.shared.export.XmlText;
import eu.buyzet.portal.shared.i18n.LocaleSelection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A small error page in the reader's language for what a person reaches by a plain link outside
 * Vaadin's pages, such as a file's download link: a file removed since the page was drawn, or too
 * many downloads at once. The open API answers such cases with problem documents; a person who
 * clicked a link gets a page that says what happened and leads back, not JSON.
 */
@Component
public class PlainErrorPages {

    private final MessageSource messages;

    PlainErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String headingKey,
                      String messageKey, Object... args) throws IOException {
        Locale locale = LocaleSelection.of(request);
        String heading = messages.getMessage(headingKey, null, locale);
        String message = messages.getMessage(messageKey, args, locale);
        String home = request.getContextPath() + "/";
        String html = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + XmlText.escaped(heading) + " – " + XmlText.escaped(messages.getMessage("app.name", null, locale))
                + "</title></head><body><main><h1>" + XmlText.escaped(heading) + "</h1><p>" + XmlText.escaped(message)
                + "</p><p><a href=\"" + XmlText.escaped(home) + "\">"
                + XmlText.escaped(messages.getMessage("error.back-home", null, locale)) + "</a></p></main></body></html>";
        if (response.isCommitted()) {
            return; // part of a file went out already: nothing better can be said on this response
        }
        response.resetBuffer();
        // a download's headers may be set already; this answer is a page, not the file
        response.setHeader("Content-Disposition", null);
        response.setContentLengthLong(-1);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
