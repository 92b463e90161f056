package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.moderation.FlagReason;
import eu.buyzet.portal.moderation.FlagTarget;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.Map;
import java.util.Optional;

/** Under a published submission: a way for members of other organisations to flag it for the moderators. */
@org.springframework.stereotype.Component
class FlagSection implements SubmissionPageSection {

    private final ModerationService moderation;

    FlagSection(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create(Submission s) {
        if (s.status() != SubmissionStatus.PUBLISHED || s.hidden() || !moderation.canFlag(s)) {
            return Optional.empty();
        }
        Div box = new Div();
        box.addClassName("view-toolbar");
        if (moderation.flaggedByMyOrganisation(FlagTarget.submission(s.id()))) {
            box.add(flagged(box));
            return Optional.of(box);
        }
        Button flag = new Button(box.getTranslation("moderation.flag"), e -> open(box, s));
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        flag.setId("flag-submission");
        box.add(flag);
        return Optional.of(box);
    }

    private static Component flagged(Div box) {
        Span done = new Span(box.getTranslation("moderation.flagged-already"));
        done.setId("flagged-already");
        return done;
    }

    private void open(Div box, Submission s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(box.getTranslation("moderation.flag"));
        RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>(box.getTranslation("moderation.flag-reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> box.getTranslation(r.messageKey()));
        reason.setId("flag-reason");
        reason.setManualValidation(true);
        TextArea note = new TextArea(box.getTranslation("moderation.flag-note"));
        note.setWidthFull();
        note.setId("flag-note");
        note.setManualValidation(true);
        dialog.add(new Paragraph(box.getTranslation("moderation.flag-lead")), reason, note);
        Button send = new Button(box.getTranslation("moderation.flag-send"), e -> FormSubmit.attempt(dialog,
                Map.of("reason", reason, "note", note), () -> {
                    moderation.flag(FlagTarget.submission(s.id()), reason.getValue(), note.getValue());
                    return s;
                }).ifPresent(done -> {
                    dialog.close();
                    FieldErrors.notifySuccess(box, box.getTranslation("moderation.flagged"));
                    box.removeAll();
                    box.add(flagged(box));
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("confirm-flag");
        dialog.getFooter().add(new Button(box.getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }
}
