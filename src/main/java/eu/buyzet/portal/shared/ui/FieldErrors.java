package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import eu.buyzet.portal.shared.ValidationException;
import java.util.Map;

/** Shows a service's validation errors next to the fields they name; the user's input stays. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(ValidationException e, Map<String, ? extends HasValidation> fields, Component context) {
        HasValidation first = null;
        for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
            String field = error.getKey();
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(context.getTranslation(error.getValue(), e.arguments(field)));
                target.setInvalid(true);
                first = first == null ? target : first;
            } else {
                notifyError(context, context.getTranslation(error.getValue(), e.arguments(field)));
            }
        }
        // a keyboard or screen-reader user is taken to what to correct, and hears its message there
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    public static void notifyError(Component context, String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    public static void notifySuccess(Component context, String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }
}
