package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Asks a moderator why (content is hidden, a post is sent back, an organisation is blocked). The
 * reason is required (the service says so next to the field) and is what the other side reads.
 */
public final class ReasonDialog {

    /** The words of one use: the dialog's title (also its button), the field, its help, the confirmation. */
    public record Texts(String titleKey, String labelKey, @Nullable String helpKey, String doneKey) {
    }

    private ReasonDialog() {
    }

    public static <T> void open(Component context, Texts texts, String idPrefix, Function<String, T> act,
                                Consumer<T> done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.getTranslation(texts.titleKey()));
        TextArea reason = new TextArea(context.getTranslation(texts.labelKey()));
        if (texts.helpKey() != null) {
            reason.setHelperText(context.getTranslation(texts.helpKey()));
        }
        reason.setWidthFull();
        reason.setId(idPrefix + "-reason");
        reason.setManualValidation(true);
        RequiredFields.mark(reason);
        dialog.add(RequiredFields.legend(context), reason);
        Button confirm = new Button(context.getTranslation(texts.titleKey()), e -> FormSubmit.attempt(context,
                Map.of("reason", reason), () -> act.apply(reason.getValue())).ifPresent(result -> {
                    dialog.close();
                    FieldErrors.notifySuccess(context, context.getTranslation(texts.doneKey()));
                    done.accept(result);
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-" + idPrefix);
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }
}
