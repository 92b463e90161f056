package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import jakarta.annotation.security.RolesAllowed;

/** The organisation's own needs, solutions and proposals in every state: where a saved draft is found again. */
@Route("my-submissions")
@Menu(title = "nav.my-submissions", order = 7)
@RolesAllowed({"AGENCY", "SUPPLIER"})
class MySubmissionsView extends ViewFrame implements HasDynamicTitle {

    MySubmissionsView(SubmissionService submissions) {
        setHeading(getTranslation("my-submissions.heading"));
        setLead(getTranslation("my-submissions.lead"));
        Select<SubmissionStatus> status = new Select<>();
        status.setLabel(getTranslation("submission.status"));
        status.setItems(SubmissionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation(s.messageKey()));
        status.setId("my-status");
        addToToolbar(status);

        DataProvider<Submission, SubmissionStatus> provider = DataProvider.fromFilteringCallbacks(
                q -> submissions.mine(q.getFilter().orElse(null), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> submissions.countMine(q.getFilter().orElse(null)));
        ConfigurableFilterDataProvider<Submission, Void, SubmissionStatus> data = provider.withConfigurableFilter();
        status.addValueChangeListener(e -> data.setFilter(e.getValue()));
        Grid<Submission> grid = new Grid<>();
        grid.addComponentColumn(s -> SubmissionCard.of(s, this, true)).setHeader(getTranslation("my-submissions.heading"));
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.my-submissions"),
                getTranslation("empty.go-to-forums"), "forums"));
        grid.setId("my-submissions");
        grid.setAriaLabel(getTranslation("my-submissions.heading"));
        grid.addClassName("card-grid");
        addClassName("list-view");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-submissions.heading") + " – " + getTranslation("app.name");
    }
}
