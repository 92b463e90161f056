package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.html.H2;
import eu.buyzet.portal.moderation.FlagReason;
import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.submission.CommentAwaitingReview;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.moderation.Decision;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.moderation.QueueItem;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReasonDialog;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flagged content in the forums the moderator runs, oldest flag first. Choose one or more, then
 * restore them or keep them hidden with a reason (a template or your own words).
 */
@Route("moderation")
@Menu(title = "nav.moderation", order = 79)
@RolesAllowed({"MODERATOR", "ADMIN"})
class ModerationQueueView extends ViewFrame implements HasDynamicTitle {

    static final List<String> TEMPLATES = List.of("moderation.template.off-topic", "moderation.template.advertising",
            "moderation.template.personal-data", "moderation.template.confidential", "moderation.template.tone");

    private final ModerationService moderation;
    private final Grid<QueueItem> grid = new Grid<>();

    private final OrganisationService organisations;
    private final SubmissionService submissions;
    private final Select<FlagReason> reasonFilter = new Select<>();

    private final MemberService members;
    private final CommentService comments;

    ModerationQueueView(ModerationService moderation, OrganisationService organisations,
                        SubmissionService submissions, MemberService members, CommentService comments) {
        this.comments = comments;
        this.members = members;
        this.moderation = moderation;
        this.organisations = organisations;
        this.submissions = submissions;
        setHeading(getTranslation("moderation.heading"));
        setLead(getTranslation("moderation.lead"));
        addClassName("list-view");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // the queue is short work, not a data set: selecting all of it is what a moderator wants
        ((com.vaadin.flow.component.grid.GridMultiSelectionModel<QueueItem>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(
                        com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        grid.addComponentColumn(this::card).setHeader(getTranslation("moderation.heading"));
        grid.setItems(q -> moderation.queue(reasonFilter.getValue(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> moderation.queueSize(reasonFilter.getValue()));
        reasonFilter.setLabel(getTranslation("moderation.filter-reason"));
        reasonFilter.setEmptySelectionAllowed(true);
        reasonFilter.setEmptySelectionCaption(getTranslation("moderation.filter-all"));
        reasonFilter.setItems(FlagReason.values());
        reasonFilter.setItemLabelGenerator(r -> r == null ? getTranslation("moderation.filter-all")
                : getTranslation(r.messageKey()));
        reasonFilter.setId("reason-filter");
        reasonFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.moderation-queue")));
        grid.setId("moderation-queue");
        grid.setHeight("min(32rem, 70vh)");
        grid.setAriaLabel(getTranslation("moderation.heading"));
        grid.addClassName("card-grid");

        Select<String> template = new Select<>();
        template.setLabel(getTranslation("moderation.template"));
        template.setItems(TEMPLATES);
        template.setItemLabelGenerator(this::getTranslation);
        template.setId("reason-template");
        TextField reason = new TextField(getTranslation("moderation.reason"));
        reason.setWidth("min(100%, 32rem)");
        reason.setId("review-reason");
        reason.setManualValidation(true);
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reason.setValue(getTranslation(e.getValue()));
            }
        });
        Button restore = new Button(getTranslation("moderation.restore"), e -> decide(Decision.RESTORE, reason));
        restore.setId("restore-selected");
        Button hide = new Button(getTranslation("moderation.keep-hidden"), e -> decide(Decision.HIDE, reason));
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hide.setId("hide-selected");
        Div actions = new Div(reasonFilter, template, reason, restore, hide);
        actions.addClassName("view-toolbar");
        Div flagged = new Div(actions, grid);
        flagged.addClassName("list-view");

        // three short lists, one under the other: on a phone that reads better than tabs
        add(new H2(getTranslation("moderation.tab-flags", moderation.queueSize(null))), flagged,
                new H2(getTranslation("moderation.tab-organisations", organisations.countPending())), pendingOrganisations(),
                new H2(getTranslation("moderation.tab-posts", submissions.countAwaitingReview())), postsAwaitingReview(),
                new H2(getTranslation("moderation.tab-comments", comments.countAwaitingReview())), commentsAwaitingReview(),
                new H2(getTranslation("moderation.members")), memberSearch());
    }

    /** Supplier organisations that signed themselves up: verify them, or block them with a reason. */
    private Component pendingOrganisations() {
        Grid<Organisation> pending = new Grid<>();
        pending.addColumn(Organisation::name).setHeader(getTranslation("organisation.name"));
        pending.addColumn(o -> o.country() + " " + o.registrationNumber()).setHeader(getTranslation("moderation.registration"));
        pending.addComponentColumn(o -> {
            Button verify = new Button(getTranslation("moderation.verify"), e -> FormSubmit.attempt(this, Map.of(),
                    () -> organisations.decide(o.id(), o.version(), OrganisationStatus.ACTIVE, null)).ifPresent(done -> {
                        FieldErrors.notifySuccess(this, getTranslation("moderation.verified", o.name()));
                        pending.getDataProvider().refreshAll();
                    }));
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            verify.setAriaLabel(getTranslation("moderation.verify") + ": " + o.name());
            verify.addClassName("verify-organisation");
            Button block = new Button(getTranslation("moderation.block"), e -> ReasonDialog.open(this,
                    new ReasonDialog.Texts("moderation.block", "moderation.block-reason", "moderation.block-reason-help",
                            "moderation.blocked"), "block", why -> organisations.decide(o.id(), o.version(),
                            OrganisationStatus.BLOCKED, why), done -> pending.getDataProvider().refreshAll()));
            block.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            block.setAriaLabel(getTranslation("moderation.block") + ": " + o.name());
            return new Div(verify, block);
        }).setHeader(getTranslation("moderation.decision"));
        pending.setItems(q -> organisations.pending(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> organisations.countPending());
        pending.setId("pending-organisations");
        pending.setAriaLabel(getTranslation("moderation.tab-organisations", ""));
        pending.setHeight("min(20rem, 50vh)");
        return pending;
    }

    /** Find any member to suspend, or to lift a suspension, without a post of theirs at hand. */
    private Component memberSearch() {
        TextField search = new TextField(getTranslation("moderation.member-search"));
        search.setHelperText(getTranslation("moderation.member-search-help"));
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("member-search");
        Grid<Member> found = new Grid<>();
        found.addColumn(Member::displayName).setHeader(getTranslation("member.name"));
        found.addColumn(Member::organisationName).setHeader(getTranslation("organisation.name"));
        found.addComponentColumn(m -> {
            var until = members.suspendedUntil(m.id());
            if (until.isPresent()) {
                Button lift = new Button(getTranslation("moderation.lift-suspension", m.displayName(),
                        ReaderFormats.of(this).date(until.get().atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate()
                                .minusDays(1))), e -> {
                    members.liftSuspension(m.id());
                    FieldErrors.notifySuccess(this, getTranslation("moderation.suspension-lifted", m.displayName()));
                    found.getDataProvider().refreshAll();
                });
                lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return lift;
            }
            Button suspend = new Button(getTranslation("moderation.suspend"), e -> SuspendDialog.open(this, members,
                    m.id(), m.displayName(), () -> found.getDataProvider().refreshAll()));
            suspend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            suspend.setAriaLabel(getTranslation("moderation.suspend-author", m.displayName()));
            return suspend;
        }).setHeader(getTranslation("moderation.decision"));
        found.setItems(q -> members.find(search.getValue(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> members.countFound(search.getValue()));
        found.setId("found-members");
        found.setAriaLabel(getTranslation("moderation.members"));
        found.setHeight("min(16rem, 40vh)");
        search.addValueChangeListener(e -> found.getDataProvider().refreshAll());
        return new Div(search, found);
    }

    /** Posts of organisations not yet verified: opened from here, published or sent back on their page. */
    private Component postsAwaitingReview() {
        Grid<Submission> posts = new Grid<>();
        posts.addComponentColumn(s -> new Anchor("submissions/" + s.id(), s.title()))
                .setHeader(getTranslation("moderation.post"));
        posts.addColumn(Submission::organisationName).setHeader(getTranslation("organisation.name"));
        posts.setItems(q -> submissions.awaitingReview(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> submissions.countAwaitingReview());
        posts.setId("posts-awaiting-review");
        posts.setAriaLabel(getTranslation("moderation.tab-posts", ""));
        posts.setHeight("min(20rem, 50vh)");
        return posts;
    }

    /** Comments of members of organisations not yet verified: published or rejected (with a reason) here. */
    private Component commentsAwaitingReview() {
        Grid<CommentAwaitingReview> waiting = new Grid<>();
        waiting.addComponentColumn(w -> {
            Div cell = new Div(new Anchor("submissions/" + w.comment().submissionId(), w.submissionTitle()));
            Span text = new Span(w.comment().body());
            text.addClassName("comment-body");
            cell.add(new Div(text));
            return cell;
        }).setHeader(getTranslation("moderation.comment")).setFlexGrow(3);
        waiting.addColumn(w -> w.comment().authorName() + " · " + w.comment().organisationName())
                .setHeader(getTranslation("moderation.author"));
        waiting.addComponentColumn(w -> {
            Button approve = new Button(getTranslation("comments.approve"), e -> FormSubmit.attempt(this, Map.of(),
                    () -> comments.review(w.comment().id(), w.comment().version(), true, null)).ifPresent(done -> {
                        FieldErrors.notifySuccess(this, getTranslation("comments.approved"));
                        waiting.getDataProvider().refreshAll();
                    }));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel(getTranslation("comments.approve") + ": " + w.comment().authorName());
            approve.addClassName("approve-comment");
            Button reject = new Button(getTranslation("comments.reject"), e -> ReasonDialog.open(this,
                    new ReasonDialog.Texts("comments.reject", "comments.reject-reason", null, "comments.rejected"),
                    "comment-reject", why -> comments.review(w.comment().id(), w.comment().version(), false, why),
                    done -> waiting.getDataProvider().refreshAll()));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            reject.setAriaLabel(getTranslation("comments.reject") + ": " + w.comment().authorName());
            reject.addClassName("reject-comment");
            return new Div(approve, reject);
        }).setHeader(getTranslation("moderation.decision"));
        waiting.setItems(q -> comments.awaitingReview(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> comments.countAwaitingReview());
        waiting.setId("comments-awaiting-review");
        waiting.setAriaLabel(getTranslation("moderation.tab-comments", ""));
        waiting.setHeight("min(20rem, 50vh)");
        return waiting;
    }

    private void decide(Decision decision, TextField reason) {
        var selected = grid.getSelectedItems().stream().map(QueueItem::target).toList();
        if (selected.isEmpty()) {
            FieldErrors.notifyError(this, getTranslation("moderation.choose-first"));
            return;
        }
        FormSubmit.attempt(this, Map.of("reason", reason), () -> moderation.reviewAll(selected, decision,
                reason.getValue())).ifPresent(n -> {
                    FieldErrors.notifySuccess(this, getTranslation("moderation.reviewed", n));
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                });
    }

    private Component card(QueueItem item) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("submissions/" + item.target().submission(), item.title());
        title.addClassName("submission-link");
        String what = getTranslation(item.target().comment() == null ? "moderation.kind.submission"
                : "moderation.kind.comment");
        Span meta = new Span(what + " · " + getTranslation("moderation.flag-count", item.organisations()) + " · "
                + item.reasons().stream().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "))
                + (item.hidden() ? " · " + getTranslation("moderation.hidden-now") : ""));
        meta.addClassName("submission-card-meta");
        card.add(title, meta, new Div(new Span(item.excerpt())));
        item.notes().forEach(n -> card.add(new Div(new Span(getTranslation("moderation.note-quoted", n)))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.heading") + " – " + getTranslation("app.name");
    }
}
