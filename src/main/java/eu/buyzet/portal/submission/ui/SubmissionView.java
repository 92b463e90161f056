package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.ui.HiddenNotice;
import eu.buyzet.portal.shared.ui.Confirmation;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReasonDialog;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.AttachmentService;
import eu.buyzet.portal.submission.CommentAction;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.InterestService;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionAction;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One need, solution or proposal, with what its author's organisation and the moderators may do to it. */
@Route("submissions")
@AnonymousAllowed
class SubmissionView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SubmissionService submissions;
    private final CommentService comments;
    private final InterestService interests;
    private final AttachmentService attachments;
    private final SolutionAnswers answers;
    private final List<SubmissionPageSection> sections;
    private final List<CommentAction> commentActions;
    private final Div body = new Div();
    private Submission submission;

    SubmissionView(SubmissionService submissions, CommentService comments,
                   InterestService interests, AttachmentService attachments,
                   List<SubmissionPageSection> sections, List<CommentAction> commentActions, SolutionAnswers answers) {
        this.commentActions = commentActions;
        this.answers = answers;
        this.submissions = submissions;
        this.comments = comments;
        this.interests = interests;
        this.attachments = attachments;
        this.sections = sections.stream().sorted(Comparator.comparingInt(SubmissionPageSection::order)).toList();
        add(body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(submissions.page(SubmissionId.of(id)));
    }

    private void reload(Submission changed) {
        show(submissions.page(changed.id()));
    }

    private void show(SubmissionPage page) {
        Submission s = page.submission();
        Forum forum = page.forum();
        this.submission = s;
        setHeading(s.title());
        getToolbar().removeAll();
        body.removeAll();

        Paragraph meta = new Paragraph(getTranslation(s.kind().messageKey()) + " · " + s.organisationName() + " · "
                + s.authorName() + (s.publishedAt() == null ? "" : " · " + SubmissionTexts.date(s.publishedAt(), getLocale())));
        meta.addClassName("submission-meta");
        meta.setId("submission-meta");
        body.add(meta);
        if (s.status() != SubmissionStatus.PUBLISHED) {
            Paragraph status = new Paragraph(getTranslation("submission.status") + ": " + getTranslation(s.status().messageKey()));
            status.addClassName("notice");
            status.setId("submission-status");
            body.add(status);
        }
        if (s.hidden()) {
            Paragraph hidden = new Paragraph(HiddenNotice.text(this, s.hiddenReason(), "submission.hidden-notice"));
            hidden.addClassName("notice");
            hidden.setId("hidden-notice");
            body.add(hidden);
        }
        if (!s.summary().isBlank()) {
            Paragraph summary = new Paragraph(s.summary());
            summary.addClassName("submission-summary");
            body.add(summary);
        }
        body.add(SubmissionTexts.body(s.bodyMarkdown()));
        if (!s.cpvCodes().isEmpty()) {
            Span label = new Span(getTranslation("forum.cpv") + ": ");
            label.addClassName("fact-label");
            body.add(new Paragraph(label, new Span(s.cpvCodes().stream().map(CpvCatalogue.official()::describe).collect(Collectors.joining("; ")))));
        }
        if (page.conversation()) {
            body.add(new InterestPanel(interests, page));
        }
        boolean editable = page.may(SubmissionAction.EDIT);
        if (s.kind() == SubmissionKind.PROPOSAL) {
            body.add(new LinkedNeedsPanel(submissions, s, editable));
        }
        AnswersPanel.of(answers, s).ifPresent(body::add);
        sections.forEach(section -> section.create(page).ifPresent(body::add));
        body.add(new AttachmentsPanel(attachments, s, editable));
        if (page.conversation()) {
            body.add(new CommentsPanel(comments, page, commentActions));
        }
        body.add(new Paragraph(new Anchor("forums/" + forum.id(), getTranslation("submission.back-to-forum",
                forum.title(getLocale())))));

        if (editable) {
            Button edit = new Button(getTranslation("action.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                    SubmissionEditorView.class, QueryParameters.simple(Map.of("id", s.id().toString())))));
            edit.setId("edit-submission");
            addToToolbar(edit);
        }
        if (page.may(SubmissionAction.OFFER_SOLUTION)) {
            Button offer = new Button(getTranslation("need.offer-solution"), e -> getUI().ifPresent(ui -> ui.navigate(
                    SubmissionEditorView.class, QueryParameters.simple(Map.of("answers", s.id().toString())))));
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            offer.setId("offer-solution");
            addToToolbar(offer);
        }
        if (page.may(SubmissionAction.PUBLISH)) {
            addToToolbar(action("submission.publish", "publish-submission",
                    () -> submissions.publish(s.id(), s.version())));
        }
        if (page.may(SubmissionAction.WITHDRAW)) {
            Button withdraw = new Button(getTranslation("submission.withdraw"), e -> Confirmation.ask(
                    new Confirmation.Texts(getTranslation("submission.withdraw.question", s.title()),
                            getTranslation("submission.withdraw.consequence"), getTranslation("submission.withdraw")),
                    "confirm-withdraw", true, () -> FormSubmit.attempt(this, Map.of(),
                            () -> submissions.withdraw(s.id(), s.version())).ifPresent(this::reload)));
            withdraw.setId("withdraw-submission");
            addToToolbar(withdraw);
        }
        if (page.may(SubmissionAction.REVIEW)) {
            Button approve = action("submission.approve", "approve-submission",
                    () -> submissions.review(s.id(), s.version(), true, null));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addToToolbar(approve);
            Button sendBack = new Button(getTranslation("submission.send-back"), e -> ReasonDialog.open(this,
                    new ReasonDialog.Texts("submission.send-back", "submission.send-back-reason", null,
                            "submission.sent-back"), "send-back",
                    reason -> submissions.review(s.id(), s.version(), false, reason), this::reload));
            sendBack.setId("send-back-submission");
            addToToolbar(sendBack);
        }
        if (page.may(SubmissionAction.RESTORE)) {
            addToToolbar(action("submission.restore", "restore-submission",
                    () -> submissions.restore(s.id(), s.version())));
        }
        if (page.may(SubmissionAction.HIDE)) {
            Button hide = new Button(getTranslation("submission.hide"), e -> ReasonDialog.open(this, new ReasonDialog.Texts(
                    "submission.hide", "submission.hide-reason", "submission.hide-reason.help", "submission.hidden"), "hide",
                    reason -> submissions.hide(s.id(), s.version(), reason), this::reload));
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            hide.setId("hide-submission");
            addToToolbar(hide);
        }
    }

    private Button action(String key, String id, Supplier<Submission> act) {
        Button button = new Button(getTranslation(key), e -> FormSubmit.attempt(this, Map.of(), act).ifPresent(this::reload));
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return (submission == null ? "" : submission.title() + " – ") + getTranslation("app.name");
    }
}
