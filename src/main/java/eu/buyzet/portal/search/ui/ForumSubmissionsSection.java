package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumPageSection;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The forum page's list of published needs, solutions and proposals, with search. */
@Component
class ForumSubmissionsSection implements ForumPageSection {

    private final SearchService search;
    private final SubmissionService submissions;

    ForumSubmissionsSection(SearchService search, SubmissionService submissions) {
        this.search = search;
        this.submissions = submissions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(Forum forum) {
        Section section = new Section();
        section.addClassName("forum-submissions");
        H2 heading = new H2(section.getTranslation("submissions.heading"));
        heading.setId("submissions-heading");
        section.add(heading);

        Div toolbar = new Div();
        toolbar.addClassName("view-toolbar");
        TextField text = new TextField(section.getTranslation("submissions.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("submission-search");
        Select<SubmissionKind> kind = new Select<>();
        kind.setLabel(section.getTranslation("submission.kind"));
        kind.setItems(SubmissionKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(section.getTranslation("filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? section.getTranslation("filter.any") : section.getTranslation(k.messageKey()));
        kind.setId("submission-kind-filter");
        toolbar.add(text, kind);
        // posting is what the reader does here, filtering how it looks: they sit apart
        Set<SubmissionKind> postable = submissions.postable(forum);
        if (!postable.isEmpty()) {
            Div actions = new Div();
            actions.addClassName("forum-post-actions");
            actions.setId("forum-post-actions");
            actions.getElement().setAttribute("role", "group");
            actions.getElement().setAttribute("aria-label", section.getTranslation("forum.post-actions"));
            Paragraph lead = new Paragraph(section.getTranslation("forum.post-actions.lead"));
            lead.addClassName("helper");
            Div buttons = new Div();
            buttons.addClassName("view-toolbar");
            postable.forEach(k -> buttons.add(newButton(section, forum, k)));
            actions.add(lead, buttons);
            section.add(actions);
        }
        section.add(toolbar);

        // a search too broad for its timeout, or refused while every slot is taken, says so here
        Paragraph refused = new Paragraph();
        refused.setId("submissions-refused");
        refused.getElement().setAttribute("aria-live", "polite");
        ConfigurableFilterDataProvider<SubmissionHit, Void, SearchQuery> data = new SearchResults(search,
                reason -> refused.setText(reason == null ? "" : section.getTranslation(reason.messageKey()))).data();
        data.setFilter(SearchQuery.inForum(forum.id()));
        Runnable refilter = () -> data.setFilter(SearchQuery.inForum(forum.id()).withKind(kind.getValue())
                .withText(text.getValue()));
        text.addValueChangeListener(e -> refilter.run());
        kind.addValueChangeListener(e -> refilter.run());

        Grid<SubmissionHit> grid = new Grid<>();
        grid.addColumn(HitCard.renderer(section)).setHeader(section.getTranslation("search.results"));
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(section.getTranslation(postable.isEmpty()
                ? "empty.forum-submissions.reader" : "empty.forum-submissions.poster")));
        grid.setId("submissions");
        grid.setAriaLabel(section.getTranslation("submissions.heading"));
        grid.addClassName("submissions-grid");
        grid.addClassName("card-grid");
        section.add(refused, grid);
        Anchor more = new Anchor("search?forum=" + forum.id(), section.getTranslation("submissions.more-filters"));
        more.setId("more-filters");
        section.add(new Div(more));
        return section;
    }

    private static Button newButton(com.vaadin.flow.component.Component context, Forum forum, SubmissionKind kind) {
        Button button = new Button(context.getTranslation("submissions.new." + kind.name().toLowerCase(java.util.Locale.ROOT)),
                // the editor is submission's page, reached by its route
                e -> context.getUI().ifPresent(ui -> ui.navigate("submissions/edit", QueryParameters.simple(
                        Map.of("forum", forum.id().toString(), "kind", kind.name())))));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("new-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        return button;
    }
}
