package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.dialogue.DialogueStart;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;

/** Every market dialogue the reader may see, newest first. Moderators open them from a forum's page. */
@Route("dialogues")
@Menu(title = "nav.dialogues", order = 6.4)
@AnonymousAllowed
class DialoguesView extends ViewFrame implements HasDynamicTitle {

    DialoguesView(DialogueService dialogues) {
        setHeading(getTranslation("dialogue.heading"));
        setLead(getTranslation("dialogue.lead"));
        addClassName("list-view");
        Grid<Dialogue> grid = new Grid<>();
        grid.addComponentColumn(d -> DialogueCards.of(d, this)).setHeader(getTranslation("dialogue.heading"));
        grid.setItems(q -> dialogues.list(null, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> dialogues.count(null));
        grid.setEmptyStateComponent(emptyState(dialogues.howToStart()));
        grid.setId("dialogues");
        grid.setAriaLabel(getTranslation("dialogue.heading"));
        grid.addClassName("card-grid");
        add(grid);
    }

    /** Who opens a dialogue differs by role, so the next step does too. */
    private Component emptyState(DialogueStart start) {
        String who = switch (start) {
            case OPEN_IN_A_FORUM_YOU_MODERATE -> "moderator";
            case ASK_THE_MODERATORS -> "agency";
            case FOLLOW_A_FORUM -> "other";
        };
        return EmptyState.of(getTranslation("empty.dialogues." + who), getTranslation("empty.go-to-forums"), "forums");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dialogue.heading") + " – " + getTranslation("app.name");
    }
}
