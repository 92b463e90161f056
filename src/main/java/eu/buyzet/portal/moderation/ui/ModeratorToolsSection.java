package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReasonDialog;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.submission.SubmissionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * For the forum's moderators, under a post: keep its author out until a date, or block the
 * author's organisation. Both need a reason, which the member or organisation is told.
 */
@org.springframework.stereotype.Component
class ModeratorToolsSection implements SubmissionPageSection {

    private final SubmissionService submissions;
    private final MemberService members;
    private final OrganisationService organisations;

    ModeratorToolsSection(SubmissionService submissions, MemberService members, OrganisationService organisations) {
        this.submissions = submissions;
        this.members = members;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public Optional<Component> create(Submission s) {
        if (!submissions.canModerate(s)) {
            return Optional.empty();
        }
        Div box = new Div();
        box.addClassName("view-toolbar");
        Button suspend;
        var until = members.suspendedUntil(s.authorId());
        if (until.isPresent()) {
            String day = until.get().atZone(ZoneId.of("Europe/Oslo")).toLocalDate().minusDays(1).toString();
            suspend = new Button(box.getTranslation("moderation.lift-suspension", s.authorName(), day), e -> {
                members.liftSuspension(s.authorId());
                FieldErrors.notifySuccess(box, box.getTranslation("moderation.suspension-lifted", s.authorName()));
                e.getSource().setEnabled(false);
            });
            suspend.setId("lift-suspension");
        } else {
            suspend = new Button(box.getTranslation("moderation.suspend-author", s.authorName()), e -> suspend(box, s));
            suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
            suspend.setId("suspend-author");
        }
        suspend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button block = new Button(box.getTranslation("moderation.block-organisation", s.organisationName()),
                e -> ReasonDialog.open(box, new ReasonDialog.Texts("moderation.block", "moderation.block-reason",
                        "moderation.block-reason-help", "moderation.blocked"), "block-organisation",
                        why -> organisations.decide(s.organisationId(), organisations.get(s.organisationId()).version(),
                                OrganisationStatus.BLOCKED, why), done -> { }));
        block.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        block.setId("block-organisation");
        box.add(suspend, block);
        return Optional.of(box);
    }

    private void suspend(Div box, Submission s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(box.getTranslation("moderation.suspend-author", s.authorName()));
        DatePicker until = new DatePicker(box.getTranslation("moderation.suspend-until"));
        until.setMin(LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1));
        until.setValue(LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(7));
        until.setId("suspend-until");
        until.setManualValidation(true);
        TextArea reason = new TextArea(box.getTranslation("moderation.suspend-reason"));
        reason.setWidthFull();
        reason.setId("suspend-reason");
        reason.setManualValidation(true);
        dialog.add(until, reason);
        Button confirm = new Button(box.getTranslation("moderation.suspend"), e -> FormSubmit.attempt(box,
                Map.of("until", until, "reason", reason), () -> {
                    members.suspend(s.authorId(), until.getValue(), reason.getValue());
                    return s;
                }).ifPresent(done -> {
                    dialog.close();
                    FieldErrors.notifySuccess(box, box.getTranslation("moderation.suspended", s.authorName()));
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-suspend");
        dialog.getFooter().add(new Button(box.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }
}
