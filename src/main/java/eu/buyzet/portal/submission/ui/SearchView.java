package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
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
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.PublishingOrganisation;
import eu.buyzet.portal.submission.SearchPageAction;
import eu.buyzet.portal.submission.SubmissionFilter;
import eu.buyzet.portal.submission.SubmissionHit;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds published needs, solutions and proposals across the forums the reader may see: full-text
 * search in Norwegian and English and filters for kind, forum, CPV code, organisation and date.
 * Every filter lives in the URL ({@code ?q=&kind=&forum=&cpv=&org=&from=&to=&minCo2e=&sort=}), so a search can be
 * bookmarked and shared; a parameter that does not parse is ignored rather than refused.
 */
@Route("search")
@Menu(title = "nav.search", order = 6)
@AnonymousAllowed
class SearchView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_FORUMS = 500;

    private final TextField text = new TextField();
    private final Select<SubmissionKind> kind = new Select<>();
    private final ComboBox<Forum> forum = new ComboBox<>();
    private final ComboBox<CpvCatalogue.Entry> cpv = new ComboBox<>();
    private final ComboBox<PublishingOrganisation> organisation = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final NumberField minCo2e = new NumberField();
    private final Select<SubmissionFilter.Sort> sort = new Select<>();
    private final Paragraph total = new Paragraph();
    private final Details more = new Details();
    private final SubmissionService submissions;
    private final ConfigurableFilterDataProvider<SubmissionHit, Void, SubmissionFilter> data;
    private boolean restoring;

    SearchView(SubmissionService submissions, ForumService forums, List<SearchPageAction> actions) {
        this.submissions = submissions;
        setHeading(getTranslation("search.heading"));
        setLead(getTranslation("search.lead"));
        actions.forEach(a -> a.create(this::filter).ifPresent(this::addToToolbar));

        text.setLabel(getTranslation("search.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("search-text");
        kind.setLabel(getTranslation("submission.kind"));
        kind.setItems(SubmissionKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.any") : getTranslation(k.messageKey()));
        kind.setId("search-kind");
        forum.setLabel(getTranslation("search.forum"));
        forum.setItems(forums.list(ForumFilter.ANY, new PageRequest(0, MAX_FORUMS)));
        forum.setItemLabelGenerator(f -> f.title(getLocale()));
        forum.setClearButtonVisible(true);
        forum.setId("search-forum");
        CpvCatalogue catalogue = CpvCatalogue.official();
        cpv.setLabel(getTranslation("search.cpv"));
        cpv.setItems(q -> catalogue.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> catalogue.count(q.getFilter().orElse("")));
        cpv.setItemLabelGenerator(CpvCatalogue.Entry::display);
        cpv.setClearButtonVisible(true);
        cpv.setId("search-cpv");
        organisation.setLabel(getTranslation("submission.organisation"));
        organisation.setItems(submissions.publishingOrganisations());
        organisation.setItemLabelGenerator(PublishingOrganisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setId("search-organisation");
        from.setLabel(getTranslation("search.from"));
        from.setId("search-from");
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("search.to"));
        to.setId("search-to");
        to.setClearButtonVisible(true);

        minCo2e.setLabel(getTranslation("search.min-co2e"));
        minCo2e.setSuffixComponent(new com.vaadin.flow.component.html.Div("kg CO2e"));
        minCo2e.setClearButtonVisible(true);
        minCo2e.setId("search-min-co2e");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SubmissionFilter.Sort.values());
        sort.setItemLabelGenerator(o -> getTranslation("search.sort." + o.name().toLowerCase(java.util.Locale.ROOT)));
        sort.setValue(SubmissionFilter.Sort.DEFAULT);
        sort.setId("search-sort");
        FormLayout main = new FormLayout(text, kind, sort);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        FormLayout filters = new FormLayout(forum, cpv, organisation, from, to, minCo2e);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        // on a phone the results stay in sight; the details open by themselves when the URL sets one
        more.setSummaryText(getTranslation("search.more-filters"));
        more.add(filters);
        more.setId("search-more");
        main.addClassName("search-filters");
        add(main, more);
        total.setId("search-total");
        total.getElement().setAttribute("aria-live", "polite");
        add(total);

        DataProvider<SubmissionHit, SubmissionFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> submissions.list(q.getFilter().orElseThrow(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> submissions.count(q.getFilter().orElseThrow()));
        data = provider.withConfigurableFilter();
        Grid<SubmissionHit> grid = new Grid<>();
        grid.addComponentColumn(hit -> SubmissionCard.of(hit, this)).setHeader(getTranslation("search.results"));
        grid.setItems(data);
        grid.setId("search-results");
        grid.setAriaLabel(getTranslation("search.results"));
        grid.addClassName("card-grid");
        add(grid);
        addClassName("list-view");

        text.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        forum.addValueChangeListener(e -> filterChanged());
        cpv.addValueChangeListener(e -> filterChanged());
        organisation.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        minCo2e.addValueChangeListener(e -> filterChanged());
        sort.addValueChangeListener(e -> filterChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        text.setValue(param(params, "q", s -> s).orElse(""));
        kind.setValue(param(params, "kind", SubmissionKind::valueOf).orElse(null));
        forum.setValue(param(params, "forum", s -> ForumId.of(Long.parseLong(s)))
                .flatMap(id -> forum.getListDataView().getItems().filter(f -> f.id().equals(id)).findFirst()).orElse(null));
        cpv.setValue(param(params, "cpv", CpvCode::parse).flatMap(CpvCatalogue.official()::find).orElse(null));
        organisation.setValue(param(params, "org", Long::parseLong).flatMap(id -> organisation.getListDataView().getItems()
                .filter(o -> o.id().value() == id).findFirst()).orElse(null));
        from.setValue(param(params, "from", LocalDate::parse).orElse(null));
        to.setValue(param(params, "to", LocalDate::parse).orElse(null));
        minCo2e.setValue(param(params, "minCo2e", Double::parseDouble).filter(v -> v >= 0).orElse(null));
        sort.setValue(param(params, "sort", v -> SubmissionFilter.Sort.valueOf(v.toUpperCase(java.util.Locale.ROOT)))
                .orElse(SubmissionFilter.Sort.DEFAULT));
        more.setOpened(Stream.of(forum.getValue(), cpv.getValue(), organisation.getValue(), from.getValue(), to.getValue(),
                        minCo2e.getValue())
                .anyMatch(Objects::nonNull));
        restoring = false;
        applyFilter();
    }

    private static <T> Optional<T> param(Map<String, List<String>> params, String name, Function<String, T> parse) {
        try {
            return params.getOrDefault(name, List.of()).stream().findFirst().filter(s -> !s.isBlank()).map(parse);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private SubmissionFilter filter() {
        return new SubmissionFilter(forum.getValue() == null ? null : forum.getValue().id(), kind.getValue(),
                cpv.getValue() == null ? null : cpv.getValue().code(),
                organisation.getValue() == null ? null : organisation.getValue().id(), from.getValue(), to.getValue(),
                text.getValue().isBlank() ? null : text.getValue(), minCo2e.getValue(), sort.getValue());
    }

    private void applyFilter() {
        SubmissionFilter filter = filter();
        data.setFilter(filter);
        int count = submissions.count(filter);
        total.setText(getTranslation(count == 1 ? "search.total.one" : "search.total", count));
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        applyFilter();
        Map<String, String> params = filter().toQuery();
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("search", QueryParameters.simple(params))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.heading") + " – " + getTranslation("app.name");
    }
}
