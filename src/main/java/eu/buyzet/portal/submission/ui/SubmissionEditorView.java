package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.CpvPicker;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.RequiredFields;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionEditing;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writing a need, solution or proposal: {@code ?forum=ID&kind=NEED} for a new one, {@code ?id=ID}
 * to edit. Saving stores a draft in the database, so it survives a reload. When someone from the
 * same organisation saved in between, both versions are shown and nothing typed is lost.
 */
@Route("submissions/edit")
@RolesAllowed({"AGENCY", "SUPPLIER"})
class SubmissionEditorView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    /** What the page does, as its heading and title say it; decided by what it edits. */
    private String headingKey = "submissions.edit";

    private final SubmissionService submissions;
    private final SolutionAnswers answers;
    /** The need a new solution answers, when offered from the need's page. */
    private @Nullable Submission answersNeed;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea bodyMarkdown = new TextArea();
    private final CpvPicker cpvCodes = new CpvPicker("");
    private final Div preview = new Div();
    private final Div conflict = new Div();
    private Forum forum;
    private SubmissionKind kind;
    private @Nullable Submission existing;
    private Button publish;
    private final Paragraph publishNext = new Paragraph();

    SubmissionEditorView(SubmissionService submissions, SolutionAnswers answers) {
        this.submissions = submissions;
        this.answers = answers;
        title.setLabel(getTranslation("submission.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setId("submission-title");
        summary.setLabel(getTranslation("submission.summary"));
        summary.setMaxLength(1000);
        summary.setId("submission-summary");
        bodyMarkdown.setLabel(getTranslation("submission.body"));
        bodyMarkdown.setHelperText(getTranslation("submission.body.help"));
        bodyMarkdown.setMinHeight("12rem");
        bodyMarkdown.setWidthFull();
        bodyMarkdown.setId("submission-body");
        cpvCodes.setLabel(getTranslation("forum.cpv"));
        cpvCodes.setId("submission-cpv");

        Details previewDetails = new Details(getTranslation("submission.preview"), preview);
        previewDetails.addOpenedChangeListener(e -> {
            preview.removeAll();
            preview.add(SubmissionTexts.body(bodyMarkdown.getValue()));
        });
        previewDetails.setId("submission-preview");
        conflict.setId("edit-conflict");
        conflict.setVisible(false);
        conflict.addClassName("card");

        FormLayout form = new FormLayout(title, summary, cpvCodes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("submission.save-draft"), e -> save(false));
        save.setId("save-submission");
        Button publish = new Button(getTranslation("submission.save-publish"), e -> save(true));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-new-submission");
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave(existing == null ? null : existing.id()));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        this.publish = publish;
        publishNext.addClassName("helper");
        publishNext.setVisible(false);
        Div buttons = new Div(cancel, save, publish);
        buttons.addClassName("view-toolbar");
        add(conflict, form, bodyMarkdown, previewDetails, publishNext, buttons);
        addComponentAtIndex(indexOf(form), RequiredFields.legend(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        SubmissionEditing editing;
        try {
            answersNeed = query.getSingleParameter("answers")
                    .map(need -> answers.answerable(SubmissionId.of(Long.parseLong(need)))).orElse(null);
            editing = query.getSingleParameter("id").isPresent()
                    ? submissions.editor(SubmissionId.of(Long.parseLong(query.getSingleParameter("id").get())))
                    : answersNeed != null ? submissions.newEditor(answersNeed.forumId(), SubmissionKind.SOLUTION)
                    : submissions.newEditor(ForumId.of(Long.parseLong(query.getSingleParameter("forum").orElse(""))),
                            SubmissionKind.valueOf(query.getSingleParameter("kind").orElse("")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Editor for " + query.getQueryString());
        }
        forum = editing.forum();
        kind = editing.kind();
        existing = editing.existing();
        if (existing != null) {
            fill(existing);
        }
        // another feature may require a step first (needs and solutions declare a footprint on their page)
        editing.publishBlocked().ifPresent(missing -> {
            publish.setVisible(false);
            publishNext.setText(getTranslation(missing.messageKey()));
            publishNext.setVisible(true);
        });
        headingKey = existing == null ? "submissions.new." + kind.name().toLowerCase(java.util.Locale.ROOT)
                : "submissions.edit";
        setHeading(getTranslation(headingKey));
        setLead(answersNeed == null ? getTranslation("submission.in-forum", forum.title(getLocale()))
                : getTranslation("solution.answers-in-forum", answersNeed.title(), forum.title(getLocale())));
        if (answersNeed != null) {
            publishNext.setText(getTranslation("solution.baseline-from-need"));
        }
    }

    private void fill(Submission s) {
        title.setValue(s.title());
        summary.setValue(s.summary());
        bodyMarkdown.setValue(s.bodyMarkdown());
        cpvCodes.setCodes(s.cpvCodes());
    }

    private void save(boolean andPublish) {
        fields().values().forEach(f -> f.setInvalid(false));
        SubmissionDraft draft = new SubmissionDraft(forum.id(), kind, title.getValue(), summary.getValue(),
                bodyMarkdown.getValue(), cpvCodes.codes());
        try {
            Submission saved = existing != null ? submissions.update(existing.id(), existing.version(), draft)
                    : answersNeed != null ? answers.offer(answersNeed.id(), draft) : submissions.create(draft);
            // the text is saved even if publishing is refused below; saving again is then no conflict
            existing = saved;
            if (andPublish && saved.status() == SubmissionStatus.DRAFT) {
                saved = submissions.publish(saved.id(), saved.version());
            }
            FieldErrors.notifySuccess(this, getTranslation(switch (saved.status()) {
                case DRAFT -> "submission.saved-draft";
                case AWAITING_REVIEW -> "submission.sent-for-review";
                default -> "submission.saved";
            }));
            leave(saved.id());
        } catch (ValidationException e) {
            FieldErrors.show(e, fields(), this);
        } catch (ConcurrentEditException e) {
            showConflict();
        }
    }

    /**
     * Shows what the other person saved next to what this user typed (which stays in the fields).
     * Saving again from here deliberately replaces their version.
     */
    private void showConflict() {
        Submission theirs = submissions.get(Objects.requireNonNull(existing, "only a saved submission conflicts").id());
        existing = theirs;
        conflict.removeAll();
        conflict.add(new H2(getTranslation("submission.conflict.heading")),
                new Paragraph(getTranslation("submission.conflict.lead", theirs.authorName())),
                new Paragraph(getTranslation("submission.title") + ": " + theirs.title()),
                new Paragraph(getTranslation("submission.summary") + ": " + theirs.summary()),
                SubmissionTexts.body(theirs.bodyMarkdown()));
        conflict.setVisible(true);
        conflict.getElement().setAttribute("role", "alert");
    }

    private void leave(@Nullable SubmissionId id) {
        getUI().ifPresent(ui -> ui.navigate(id == null ? "forums/" + forum.id() : "submissions/" + id));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new HashMap<>();
        map.put("title", title);
        map.put("summary", summary);
        map.put("bodyMarkdown", bodyMarkdown);
        map.put("cpvCodes", cpvCodes);
        return map;
    }

    @Override
    public String getPageTitle() {
        // the tab and a screen reader's first words say what the heading says: "New need", not "Edit"
        return getTranslation(headingKey) + " – " + getTranslation("app.name");
    }
}
