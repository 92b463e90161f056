package eu.buyzet.portal.forum.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.forum.ForumStatus;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * All forums the reader may see, newest activity first. The search and the status filter live in
 * the URL ({@code ?q=…&status=…}), so a filtered list can be bookmarked and shared.
 */
@Route("forums")
@Menu(title = "nav.forums", order = 5)
@AnonymousAllowed
class ForumsView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final TextField search = new TextField();
    private final Select<ForumStatus> status = new Select<>();
    private final ConfigurableFilterDataProvider<Forum, Void, ForumFilter> data;
    private boolean restoring;
    private final List<Grid.Column<Forum>> narrowHidden = new ArrayList<>();
    private @Nullable Registration resizing;

    private static final int NARROW_PX = 640;

    ForumsView(ForumService forums, MemberService members) {
        setHeading(getTranslation("forums.heading"));
        setLead(getTranslation("forums.lead"));

        search.setLabel(getTranslation("forums.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("forum-search");
        status.setLabel(getTranslation("forum.status"));
        status.setItems(ForumStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation(s.messageKey()));
        status.setId("forum-status-filter");
        addToToolbar(search, status);
        if (forums.mayCreate()) {
            Button add = new Button(getTranslation("forums.add"), VaadinIcon.PLUS.create(),
                    e -> new ForumDialog(forums, members, null, saved -> getUI().ifPresent(ui ->
                            ui.navigate(ForumView.class, saved.id().value()))).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-forum");
            addToToolbar(add);
        }

        DataProvider<Forum, ForumFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> forums.list(q.getFilter().orElse(ForumFilter.ANY), new PageRequest(q.getOffset(), q.getLimit()))
                        .stream(),
                q -> forums.count(q.getFilter().orElse(ForumFilter.ANY)));
        data = provider.withConfigurableFilter();
        search.addValueChangeListener(e -> filterChanged());
        status.addValueChangeListener(e -> filterChanged());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<Forum> grid = new Grid<>();
        grid.addComponentColumn(f -> {
            Anchor link = new Anchor("forums/" + f.id(), f.title(getLocale()));
            link.addClassName("forum-link");
            return link;
        }).setHeader(getTranslation("forum.title")).setFlexGrow(3);
        narrowHidden.add(grid.addColumn(Forum::region).setHeader(getTranslation("forum.region")));
        grid.addColumn(f -> getTranslation(f.status().messageKey())).setHeader(getTranslation("forum.status"));
        narrowHidden.add(grid.addColumn(f -> getTranslation(f.visibility().messageKey()))
                .setHeader(getTranslation("forum.visibility")));
        narrowHidden.add(grid.addColumn(f -> when.format(f.latestActivity().atZone(OSLO)))
                .setHeader(getTranslation("forum.latest-activity")));
        // names wrap instead of being cut to "Constr…"; on a phone the name and status columns have the room
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("card-grid");
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(getTranslation(forums.mayCreate() ? "empty.forums.creator"
                : "empty.forums.other")));
        grid.setId("forums");
        grid.setAriaLabel(getTranslation("forums.heading"));
        addClassName("list-view");
        add(grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitColumns(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(e -> fitColumns(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
        super.onDetach(detachEvent);
    }

    /** Below {@value #NARROW_PX} px only the name and status remain, so a name is read whole. */
    private void fitColumns(int windowWidth) {
        narrowHidden.forEach(c -> c.setVisible(windowWidth >= NARROW_PX));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        search.setValue(params.getOrDefault("q", List.of("")).getFirst());
        status.setValue(params.getOrDefault("status", List.of()).stream().findFirst()
                .flatMap(s -> java.util.Arrays.stream(ForumStatus.values()).filter(v -> v.name().equals(s)).findFirst())
                .orElse(null));
        restoring = false;
        data.setFilter(filter());
    }

    private ForumFilter filter() {
        return new ForumFilter(search.getValue().isBlank() ? null : search.getValue(), status.getValue());
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        data.setFilter(filter());
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue());
        }
        if (status.getValue() != null) {
            params.put("status", status.getValue().name());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("forums", QueryParameters.simple(params))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forums.heading") + " – " + getTranslation("app.name");
    }
}
