package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * An error about a form as a whole (e.g. too many requests from this connection), shown where the
 * form puts it; {@link FormSubmit} fills it like any field's message.
 */
public final class FormMessage extends Paragraph implements HasValidation {

    private String errorMessage = "";

    public FormMessage() {
        addClassName("field-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        setText(this.errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
