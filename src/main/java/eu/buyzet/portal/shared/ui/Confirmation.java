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
 * The dialog is named by its question and described by the consequence, and opens with Cancel focused.
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
        // a screen reader names the dialog by its question, not the component's own "confirmation" (a label
        // by reference wins over its aria-label), and reads the consequence
        dialog.getElement().setAttribute("aria-labelledby", question.getId().orElseThrow());
        dialog.setAriaDescribedBy(consequence.getId().orElseThrow());
        dialog.open();
        // the step cannot be undone: Enter, Enter must not take it, so the first focus is on Cancel
        // (after the dialog's own opening focus, which goes to the confirm button: frames until it has landed)
        dialog.getElement().executeJs("""
                const cancel = document.getElementById($0);
                let frames = 0;
                const move = () => {
                  if (!cancel || !this.opened && frames > 5 || frames++ > 120) { return; }
                  const placed = this.opened && !this.hasAttribute('opening') && document.activeElement !== document.body;
                  if (placed) { cancel.focus(); }
                  if (!placed || document.activeElement !== cancel) { requestAnimationFrame(move); }
                };
                requestAnimationFrame(move);""", cancel.getId().orElseThrow());
    }
}
