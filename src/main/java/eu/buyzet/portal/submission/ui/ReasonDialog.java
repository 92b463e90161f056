package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks a moderator why content is being hidden. The reason is required (the service says so next
 * to the field) and is what the author will see.
 */
final class ReasonDialog {

    private ReasonDialog() {
    }

    static <T> void open(Component context, String titleKey, String idPrefix, Function<String, T> hide,
                         Consumer<T> done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.getTranslation(titleKey));
        TextArea reason = new TextArea(context.getTranslation("submission.hide-reason"));
        reason.setHelperText(context.getTranslation("submission.hide-reason.help"));
        reason.setWidthFull();
        reason.setId(idPrefix + "-reason");
        dialog.add(reason);
        Button confirm = new Button(context.getTranslation(titleKey), e -> FormSubmit.attempt(context,
                Map.of("reason", reason), () -> hide.apply(reason.getValue())).ifPresent(hidden -> {
                    dialog.close();
                    FieldErrors.notifySuccess(context, context.getTranslation("submission.hidden"));
                    done.accept(hidden);
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-" + idPrefix);
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }
}
