package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The accessible name of a password field's eye button in the reader's language: the component's
 * own is English ("Show password"), and its Java API sets only the validation messages, so the web
 * component's {@code i18n} property is set directly.
 */
public final class PasswordReveal {

    private PasswordReveal() {
    }

    /** Localises the field each time it is attached, so that a language switch reaches it too. */
    public static <T extends PasswordField> T localised(T field) {
        field.addAttachListener(e -> {
            ObjectNode i18n = JacksonUtils.createObjectNode();
            i18n.put("reveal", field.getTranslation("password.reveal"));
            field.getElement().setPropertyJson("i18n", i18n);
        });
        return field;
    }

    /** The same for the sign-in form, whose password field the web component renders itself. */
    public static LoginForm localised(LoginForm form) {
        form.addAttachListener(e -> form.getElement().executeJs("""
                const field = this.querySelector('vaadin-password-field');
                if (field) {
                  field.i18n = {...field.i18n, reveal: $0};
                }""", form.getTranslation("password.reveal")));
        return form;
    }
}
