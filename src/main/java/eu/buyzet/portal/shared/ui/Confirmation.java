package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a step that cannot be undone. The question names the consequence, so the reader
 * knows what they give up; Escape or Cancel leaves everything as it was. The question, the consequence
 * and both buttons get ids derived from the confirm button's, so browser journeys confirm on purpose.
 */
public final class Confirmation {

    /** Already translated words: the question (header), the consequence and the confirm button. */
    public record Texts(String question, String consequence, String confirm) {
    }

    private Confirmation() {
    }

    public static void ask(Texts texts, String confirmId, boolean destructive, Runnable step) {
        ConfirmDialog dialog = new ConfirmDialog();
        H2 question = new H2(texts.question());
        question.setId(confirmId + "-question");
        dialog.setHeader(question);
        Paragraph consequence = new Paragraph(texts.consequence());
        consequence.setId(confirmId + "-consequence");
        dialog.setText(consequence);
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
