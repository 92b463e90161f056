package eu.buyzet.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import eu.buyzet.portal.shared.ui.ViewFrame;

/** What every error page shows: a heading, what happened in plain words, and a way on. */
abstract class ErrorPage extends ViewFrame implements HasDynamicTitle {

    private final Paragraph message = new Paragraph();
    private String title = "";

    ErrorPage() {
        addClassName("error-page");
        message.setId("error-message");
        add(message, new Anchor("", getTranslation("error.back-home")));
    }

    protected void show(String headingKey, String messageKey, Object... params) {
        title = getTranslation(headingKey);
        setHeading(title);
        message.setText(getTranslation(messageKey, params));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
