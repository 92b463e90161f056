package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.moderation.FlagReason;
import eu.buyzet.portal.moderation.FlagTarget;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.util.Map;

/** Asks why a post or comment is flagged; the service checks and records it. */
final class FlagDialog {

    private FlagDialog() {
    }

    static void open(Component context, ModerationService moderation, FlagTarget target, Runnable flagged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.getTranslation("moderation.flag"));
        RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>(context.getTranslation("moderation.flag-reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> context.getTranslation(r.messageKey()));
        reason.setId("flag-reason");
        reason.setManualValidation(true);
        TextArea note = new TextArea(context.getTranslation("moderation.flag-note"));
        note.setWidthFull();
        note.setId("flag-note");
        note.setManualValidation(true);
        RequiredFields.mark(reason);
        dialog.add(new Paragraph(context.getTranslation("moderation.flag-lead")), RequiredFields.legend(context), reason,
                note);
        Button send = new Button(context.getTranslation("moderation.flag-send"), e -> FormSubmit.attempt(dialog,
                Map.of("reason", reason, "note", note), () -> {
                    moderation.flag(target, reason.getValue(), note.getValue());
                    return target;
                }).ifPresent(done -> {
                    dialog.close();
                    FieldErrors.notifySuccess(context, context.getTranslation("moderation.flagged"));
                    flagged.run();
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("confirm-flag");
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    /** What replaces the flag button once the organisation has flagged. */
    static Span flaggedNote(Component context) {
        Span done = new Span(context.getTranslation("moderation.flagged-already"));
        done.addClassName("flagged-already");
        return done;
    }
}
