package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.moderation.FlagTarget;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentAction;
import java.util.Optional;

/** "Flag" on each published, visible comment written by another organisation. */
@org.springframework.stereotype.Component
class FlagCommentAction implements CommentAction {

    private final ModerationService moderation;

    FlagCommentAction(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public Optional<Component> create(Comment c) {
        if (!moderation.canFlag(c)) {
            return Optional.empty();
        }
        FlagTarget target = new FlagTarget(c.submissionId(), c.id());
        Span holder = new Span();
        if (moderation.flaggedByMyOrganisation(target)) {
            holder.add(FlagDialog.flaggedNote(holder));
            return Optional.of(holder);
        }
        Button flag = new Button(holder.getTranslation("moderation.flag"), e -> FlagDialog.open(holder, moderation, target,
                () -> {
                    holder.removeAll();
                    holder.add(FlagDialog.flaggedNote(holder));
                }));
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        flag.addClassName("flag-comment");
        flag.setAriaLabel(holder.getTranslation("moderation.flag-comment", c.authorName()));
        holder.add(flag);
        return Optional.of(holder);
    }
}
