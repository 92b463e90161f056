package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.moderation.FlagTarget;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
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
    public Optional<Component> create(SubmissionPage page) {
        Submission s = page.submission();
        if (!moderation.canFlag(s)) {
            return Optional.empty();
        }
        Div box = new Div();
        box.addClassName("view-toolbar");
        FlagTarget target = FlagTarget.submission(s.id());
        if (moderation.flaggedByMyOrganisation(target)) {
            box.add(flagged(box));
            return Optional.of(box);
        }
        Button flag = new Button(box.getTranslation("moderation.flag"), e -> FlagDialog.open(box, moderation, target, () -> {
            box.removeAll();
            box.add(flagged(box));
        }));
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        flag.setId("flag-submission");
        box.add(flag);
        return Optional.of(box);
    }

    private static Span flagged(Div box) {
        Span note = FlagDialog.flaggedNote(box);
        note.setId("flagged-already");
        return note;
    }
}
