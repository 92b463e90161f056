package eu.buyzet.portal.moderation.ui;

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

    ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        setHeading(getTranslation("moderation.heading"));
        setLead(getTranslation("moderation.lead"));
        addClassName("list-view");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::card).setHeader(getTranslation("moderation.heading"));
        grid.setItems(q -> moderation.queue(new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> moderation.queueSize());
        grid.setId("moderation-queue");
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
        Div actions = new Div(template, reason, restore, hide);
        actions.addClassName("view-toolbar");
        add(actions, grid);
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
        item.notes().forEach(n -> card.add(new Div(new Span("“" + n + "”"))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.heading") + " – " + getTranslation("app.name");
    }
}
