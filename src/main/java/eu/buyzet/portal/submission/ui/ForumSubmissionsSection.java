package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumPageSection;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.SubmissionFilter;
import eu.buyzet.portal.submission.SubmissionHit;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The forum page's list of published needs, solutions and proposals, with search. */
@Component
class ForumSubmissionsSection implements ForumPageSection {

    private final SubmissionService submissions;
    private final CurrentUser currentUser;

    ForumSubmissionsSection(SubmissionService submissions, CurrentUser currentUser) {
        this.submissions = submissions;
        this.currentUser = currentUser;
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
        TextField search = new TextField(section.getTranslation("submissions.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("submission-search");
        Select<SubmissionKind> kind = new Select<>();
        kind.setLabel(section.getTranslation("submission.kind"));
        kind.setItems(SubmissionKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(section.getTranslation("filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? section.getTranslation("filter.any") : section.getTranslation(k.messageKey()));
        kind.setId("submission-kind-filter");
        toolbar.add(search, kind);
        if (!forum.isArchived()) {
            currentUser.get().ifPresent(user -> {
                for (SubmissionKind k : SubmissionKind.values()) {
                    if (user.has(k.poster())) {
                        toolbar.add(newButton(section, forum, k));
                    }
                }
            });
        }
        section.add(toolbar);

        DataProvider<SubmissionHit, SubmissionFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> submissions.list(q.getFilter().orElseThrow(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> submissions.count(q.getFilter().orElseThrow()));
        ConfigurableFilterDataProvider<SubmissionHit, Void, SubmissionFilter> data = provider.withConfigurableFilter();
        data.setFilter(SubmissionFilter.inForum(forum.id()));
        Runnable refilter = () -> data.setFilter(new SubmissionFilter(forum.id(), kind.getValue(), null, null, null, null,
                search.getValue().isBlank() ? null : search.getValue()));
        search.addValueChangeListener(e -> refilter.run());
        kind.addValueChangeListener(e -> refilter.run());

        Grid<SubmissionHit> grid = new Grid<>();
        grid.addComponentColumn(hit -> SubmissionCard.of(hit, section)).setHeader(section.getTranslation("search.results"));
        grid.setItems(data);
        grid.setId("submissions");
        grid.setAriaLabel(section.getTranslation("submissions.heading"));
        grid.addClassName("submissions-grid");
        grid.addClassName("card-grid");
        section.add(grid);
        Anchor more = new Anchor("search?forum=" + forum.id(), section.getTranslation("submissions.more-filters"));
        more.setId("more-filters");
        section.add(new Div(more));
        return section;
    }

    private static Button newButton(com.vaadin.flow.component.Component context, Forum forum, SubmissionKind kind) {
        Button button = new Button(context.getTranslation("submissions.new." + kind.name().toLowerCase(java.util.Locale.ROOT)),
                e -> context.getUI().ifPresent(ui -> ui.navigate(SubmissionEditorView.class, QueryParameters.simple(
                        Map.of("forum", forum.id().toString(), "kind", kind.name())))));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("new-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        return button;
    }
}
