package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ReasonDialog;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionAction;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.submission.SubmissionService;
import java.time.ZoneId;
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
    public Optional<Component> create(SubmissionPage page) {
        Submission s = page.submission();
        if (!page.may(SubmissionAction.MODERATE)) {
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
            suspend = new Button(box.getTranslation("moderation.suspend-author", s.authorName()), e -> SuspendDialog.open(box, members, s.authorId(), s.authorName(), () -> { }));
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
}
