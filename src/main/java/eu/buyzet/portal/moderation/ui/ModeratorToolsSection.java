package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.organisation.MemberAccess;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.shared.ui.ReasonDialog;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionAction;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * For the forum's moderators, under a post: keep its author out until a date, or block the
 * author's organisation. Both need a reason, which the member or organisation is told.
 */
@org.springframework.stereotype.Component
class ModeratorToolsSection implements SubmissionPageSection {

    private final MemberService members;
    private final OrganisationService organisations;

    ModeratorToolsSection(MemberService members, OrganisationService organisations) {
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
        MemberAccess author = members.access(s.authorId());
        if (author.mayChange() && author.suspendedUntil() != null) {
            // suspended until the end of this day
            String day = ReaderFormats.of(box).date(author.suspendedUntil().atZone(ZoneId.of("Europe/Oslo"))
                    .toLocalDate().minusDays(1));
            Button lift = new Button(box.getTranslation("moderation.lift-suspension", s.authorName(), day),
                    e -> FormSubmit.attempt(box, Map.of(), () -> {
                        members.liftSuspension(s.authorId());
                        return s.authorId();
                    }).ifPresent(lifted -> {
                        FieldErrors.notifySuccess(box, box.getTranslation("moderation.suspension-lifted", s.authorName()));
                        e.getSource().setEnabled(false);
                    }));
            lift.setId("lift-suspension");
            lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(lift);
        } else if (author.mayChange()) {
            Button suspend = new Button(box.getTranslation("moderation.suspend-author", s.authorName()),
                    e -> SuspendDialog.open(box, members, s.authorId(), s.authorName(), () -> { }));
            suspend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            suspend.setId("suspend-author");
            box.add(suspend);
        }
        if (organisations.mayBlock(s.organisationId())) {
            Button block = new Button(box.getTranslation("moderation.block-organisation", s.organisationName()),
                    e -> ReasonDialog.open(box, new ReasonDialog.Texts("moderation.block", "moderation.block-reason",
                            "moderation.block-reason-help", "moderation.blocked"), "block-organisation",
                            why -> organisations.decide(s.organisationId(),
                                    organisations.get(s.organisationId()).version(), OrganisationStatus.BLOCKED, why),
                            done -> { }));
            block.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            block.setId("block-organisation");
            box.add(block);
        }
        if (box.getComponentCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(box);
    }
}
