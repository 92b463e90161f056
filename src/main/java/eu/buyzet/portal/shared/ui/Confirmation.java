package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a step that cannot be undone. The question names the consequence, so the reader
 * knows what they give up; Escape or Cancel leaves everything as it was. The confirm button gets
 * its own id so browser journeys can confirm on purpose.
 */
public final class Confirmation {

    /** Already translated words: the question (header), the consequence and the confirm button. */
    public record Texts(String question, String consequence, String confirm) {
    }

    private Confirmation() {
    }

    public static void ask(Texts texts, String confirmId, boolean destructive, Runnable step) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(texts.question());
        dialog.setText(texts.consequence());
        dialog.setCloseOnEsc(true);
        Button cancel = new Button(dialog.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId(confirmId + "-cancel");
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        Button confirm = new Button(texts.confirm(), e -> {
            dialog.close();
            step.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId(confirmId);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }
}
