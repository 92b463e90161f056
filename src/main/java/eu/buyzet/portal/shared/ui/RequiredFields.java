package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Required fields are marked before anything is submitted: each shows the asterisk (portal.css
 * makes Lumo's marker one) and is announced as required, and the form says once what the asterisk
 * means. The service still decides what is missing; this only tells the reader in advance.
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    public static void mark(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.setRequiredIndicatorVisible(true);
        }
    }

    /** "Fields marked * are required.", placed above the form's fields. */
    public static Paragraph legend(Component context) {
        Paragraph legend = new Paragraph(context.getTranslation("form.required-legend"));
        legend.addClassName("required-legend");
        return legend;
    }
}
