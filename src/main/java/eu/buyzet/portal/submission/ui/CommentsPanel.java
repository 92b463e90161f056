package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.HiddenNotice;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReasonDialog;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.CommentAction;
import eu.buyzet.portal.submission.CommentPermission;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.CommentStatus;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.submission.Conversation;
import eu.buyzet.portal.submission.SubmissionPage;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The conversation under a submission: threads load a page at a time, replies sit under their
 * comment, and the author's and moderators' actions appear where they apply. Comment text is
 * plain text, shown with its line breaks.
 */
class CommentsPanel extends Div {

    private static final ReasonDialog.Texts HIDE_TEXTS = new ReasonDialog.Texts("comments.hide",
            "submission.hide-reason", "submission.hide-reason.help", "submission.hidden");

    private static final ReasonDialog.Texts REJECT_TEXTS = new ReasonDialog.Texts("comments.reject",
            "comments.reject-reason", null, "comments.rejected");

    private static final int PAGE = 20;

    private final CommentService comments;
    private final SubmissionPage page;
    private final boolean awaitsReview;
    private final H2 heading = new H2();
    private final Div threads = new Div();
    private final Button more = new Button();
    private int loaded;

    private final List<CommentAction> extraActions;

    CommentsPanel(CommentService comments, SubmissionPage page, List<CommentAction> extraActions) {
        this.extraActions = extraActions;
        this.comments = comments;
        this.page = page;
        addClassName("comments");
        setId("comments");
        threads.setId("comment-threads");
        more.setText(getTranslation("comments.more"));
        more.setId("more-comments");
        more.addClickListener(e -> loadMore());
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading, threads, more);
        Conversation first = comments.conversation(page, new PageRequest(0, PAGE));
        awaitsReview = first.writingAwaitsReview();
        if (first.mayWrite()) {
            add(form(null, "", "comments.add", "comment-new", c -> reload()));
        } else {
            Paragraph hint = new Paragraph(getTranslation("comments.sign-in-to-comment"));
            hint.addClassName("helper");
            add(hint);
        }
        show(first);
    }

    private void reload() {
        threads.removeAll();
        loaded = 0;
        show(comments.conversation(page, new PageRequest(0, PAGE)));
        // a button pressed in a thread is gone with it: the keyboard continues from the heading, not the page's top
        heading.getElement().executeJs("if (!document.activeElement || document.activeElement === document.body)"
                + " { this.focus(); }");
    }

    private void loadMore() {
        show(comments.conversation(page, new PageRequest(loaded, PAGE)));
    }

    private void show(Conversation conversation) {
        heading.setText(getTranslation("comments.heading", conversation.commentCount()));
        conversation.threads().forEach(c -> threads.add(thread(c, conversation)));
        loaded += conversation.threads().size();
        more.setVisible(loaded < conversation.threadCount());
    }

    private Component thread(Comment top, Conversation conversation) {
        Div thread = new Div(comment(top, conversation));
        thread.addClassName("comment-thread");
        Div replies = new Div();
        replies.addClassName("comment-replies");
        top.replies().forEach(r -> replies.add(comment(r, conversation)));
        thread.add(replies);
        if (conversation.may(top, CommentPermission.REPLY)) {
            Button reply = new Button(getTranslation("comments.reply"));
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            reply.addClassName("reply-button");
            // among many "Reply" buttons, a screen reader's list of buttons says whose comment each answers
            reply.setAriaLabel(getTranslation("comments.reply-to", top.authorName()));
            reply.addClickListener(e -> {
                reply.setVisible(false);
                replies.add(form(top.id(), "", "comments.reply", null, c -> reload()));
            });
            thread.add(reply);
        }
        return thread;
    }

    private Component comment(Comment c, Conversation conversation) {
        Div box = new Div();
        box.addClassName("comment");
        box.setId("comment-" + c.id());
        Paragraph meta = new Paragraph(c.authorName() + " · " + c.organisationName() + " · "
                + SubmissionTexts.date(c.createdAt(), getLocale()));
        meta.addClassName("comment-meta");
        if (c.edited()) {
            Span edited = new Span(" · " + getTranslation("comments.edited"));
            edited.addClassName("comment-edited");
            edited.getElement().setAttribute("title", SubmissionTexts.date(c.editedAt(), getLocale()));
            meta.add(edited);
        }
        box.add(meta);
        if (c.hidden()) {
            Paragraph notice = new Paragraph(c.hiddenReason() == null || c.hiddenReason().isEmpty()
                    ? getTranslation("comments.hidden")
                    : HiddenNotice.text(this, c.hiddenReason(), "comments.hidden-because"));
            notice.addClassName("notice");
            notice.addClassName("comment-hidden-notice");
            box.add(notice);
        }
        if (!c.published()) {
            Paragraph notice = new Paragraph(c.status() == CommentStatus.REJECTED
                    ? getTranslation(c.status().messageKey(), c.reviewReason() == null ? "" : c.reviewReason())
                    : getTranslation(c.status().messageKey()));
            notice.addClassName("notice");
            notice.addClassName("comment-review-notice");
            box.add(notice);
        }
        if (!c.body().isEmpty()) {
            Paragraph text = new Paragraph(c.body());
            text.addClassName("comment-body");
            box.add(text);
        }
        Div actions = new Div();
        actions.addClassName("comment-actions");
        if (conversation.may(c, CommentPermission.EDIT)) {
            Button edit = new Button(getTranslation("action.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.addClassName("edit-comment");
            edit.setAriaLabel(getTranslation("comments.edit-named", SubmissionTexts.date(c.createdAt(), getLocale())));
            edit.addClickListener(e -> {
                box.removeAll();
                box.add(form(null, c.body(), "action.save", null, saved -> reload(), c));
            });
            actions.add(edit);
        }
        if (conversation.may(c, CommentPermission.REVIEW)) {
            Button approve = new Button(getTranslation("comments.approve"), e -> FormSubmit.attempt(this, Map.of(),
                    () -> comments.review(c.id(), c.version(), true, null)).ifPresent(r -> reload()));
            approve.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            approve.addClassName("approve-comment");
            Button reject = new Button(getTranslation("comments.reject"), e -> ReasonDialog.open(this, REJECT_TEXTS,
                    "comment-reject", reason -> comments.review(c.id(), c.version(), false, reason), r -> reload()));
            reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            reject.addClassName("reject-comment");
            actions.add(approve, reject);
        }
        if (conversation.may(c, CommentPermission.RESTORE)) {
            Button restore = new Button(getTranslation("submission.restore"), e -> FormSubmit.attempt(this, Map.of(),
                    () -> comments.restore(c.id(), c.version())).ifPresent(r -> reload()));
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.addClassName("restore-comment");
            actions.add(restore);
        }
        if (conversation.may(c, CommentPermission.HIDE)) {
            Button hide = new Button(getTranslation("comments.hide"), e -> ReasonDialog.open(this, HIDE_TEXTS,
                    "comment-hide", reason -> comments.hide(c.id(), c.version(), reason), hidden -> reload()));
            hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            hide.addClassName("hide-comment");
            hide.setAriaLabel(getTranslation("comments.hide-named", c.authorName()));
            actions.add(hide);
        }
        extraActions.forEach(a -> a.create(c).ifPresent(actions::add));
        if (actions.getComponentCount() > 0) {
            box.add(actions);
        }
        return box;
    }

    private Component form(@Nullable CommentId replyTo, String text, String buttonKey, @Nullable String id,
                           Consumer<Comment> saved) {
        return form(replyTo, text, buttonKey, id, saved, null);
    }

    /** Writes a new comment, a reply to {@code replyTo}, or a new version of {@code editing}. */
    private Component form(@Nullable CommentId replyTo, String text, String buttonKey, @Nullable String id,
                           Consumer<Comment> saved, @Nullable Comment editing) {
        TextArea body = new TextArea(getTranslation(replyTo != null ? "comments.reply-label"
                : editing != null ? "comments.edit-label" : "comments.label"));
        body.setValue(text);
        body.setMaxLength(5000);
        if (awaitsReview) {
            body.setHelperText(getTranslation("comments.awaits-review-help"));
        }
        body.setWidthFull();
        body.addClassName("comment-input");
        Button send = new Button(getTranslation(buttonKey), e -> FormSubmit.attempt(this, Map.of("body", body), () ->
                editing != null ? comments.edit(editing.id(), editing.version(), body.getValue())
                        : comments.add(page.submission().id(), replyTo, body.getValue())).ifPresent(c -> {
                    if (c.status() == CommentStatus.AWAITING_REVIEW) {
                        FieldErrors.notifySuccess(this, getTranslation("comments.sent-for-review"));
                    }
                    saved.accept(c);
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-comment");
        Div form = new Div(body, send);
        form.addClassName("comment-form");
        if (id != null) {
            body.setId(id);
            send.setId(id + "-send");
        }
        if (editing != null || replyTo != null) {
            // opened by a button that is now hidden or gone: typing starts where the user is
            body.focus();
            Button cancel = new Button(getTranslation("action.cancel"), e -> reload());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            form.add(cancel);
        }
        return form;
    }
}
