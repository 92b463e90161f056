package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
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
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.search.PublishingOrganisation;
import eu.buyzet.portal.search.SearchPageAction;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.search.SearchUnavailableException;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.DecimalField;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.SubmissionKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds published needs, solutions and proposals across the forums the reader may see (and, by
 * name, the forums, market dialogues and buyer groups themselves): full-text
 * search in Norwegian and English and filters for kind, forum, CPV code, organisation and date.
 * Every filter lives in the URL ({@code ?q=&kind=&forum=&cpv=&org=&from=&to=&minCo2e=&sort=}), so a search can be
 * bookmarked and shared. The URL is read by {@link SearchQuery#parse}, as the open API and followed
 * searches read it: a value that does not parse is left out rather than refused. The search shown is
 * always {@link #query}; the fields show it, and a value no field can show (a forum or organisation
 * the reader does not see, a CPV code outside the official list) still applies until its field is changed.
 */
@Route("search")
@Menu(title = "nav.search", order = 6)
@AnonymousAllowed
class SearchView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    private final TextField text = new TextField();
    private final Select<SubmissionKind> kind = new Select<>();
    private final ComboBox<Forum> forum = new ComboBox<>();
    private final ComboBox<CpvCatalogue.Entry> cpv = new ComboBox<>();
    private final ComboBox<PublishingOrganisation> organisation = new ComboBox<>();
    private final DatePicker from = DateFields.localised(new DatePicker());
    private final DatePicker to = DateFields.localised(new DatePicker());
    private final DecimalField minCo2e = new DecimalField();
    private final Select<SearchQuery.Sort> sort = new Select<>();
    private final Paragraph total = new Paragraph();
    private final Details more = new Details();
    private final NamedHitsSection named = new NamedHitsSection();
    private final SearchService search;
    private final ForumService forums;
    private final ConfigurableFilterDataProvider<SubmissionHit, Void, SearchQuery> data;
    private SearchQuery query = SearchQuery.ANY;
    /** Other features' actions that show where they stand for this search. */
    private final List<SearchPageAction.ForTheSearch> searchAware = new java.util.ArrayList<>();
    /** Counts once per search, for the total and the grid alike. */
    private final SearchResults results;
    /** Why the current search was not finished, if it was not. */
    private SearchUnavailableException.@Nullable Reason refused;
    private boolean restoring;

    SearchView(SearchService search, ForumService forums, List<SearchPageAction> actions) {
        this.search = search;
        this.forums = forums;
        setHeading(getTranslation("search.heading"));
        setLead(getTranslation("search.lead"));
        actions.forEach(a -> a.create(() -> query).ifPresent(c -> {
            addToToolbar(c);
            if (c instanceof SearchPageAction.ForTheSearch aware) {
                searchAware.add(aware);
            }
        }));

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
        // lazy, like the organisations: the forums a reader sees are read a page at a time, as typed
        forum.setItems(q -> forums.choices(q.getFilter().orElse(null), new PageRequest(q.getOffset(), q.getLimit()))
                .stream()).setIdentifierProvider(Forum::id);
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
        organisation.setItems(q -> search.publishingOrganisations(q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                .stream()).setIdentifierProvider(PublishingOrganisation::id);
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
        sort.setItems(SearchQuery.Sort.values());
        sort.setItemLabelGenerator(o -> getTranslation("search.sort." + o.name().toLowerCase(java.util.Locale.ROOT)));
        sort.setValue(SearchQuery.Sort.DEFAULT);
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
        add(main, more, named);
        total.setId("search-total");
        total.getElement().setAttribute("aria-live", "polite");
        add(total);

        results = new SearchResults(search, reason -> {
            refused = reason;
            if (reason != null) {
                total.setText(getTranslation(reason.messageKey()));
            }
        });
        data = results.data();
        Grid<SubmissionHit> grid = new Grid<>();
        grid.addColumn(HitCard.renderer(this)).setHeader(getTranslation("search.results"));
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.search-results")));
        grid.setId("search-results");
        grid.setAriaLabel(getTranslation("search.results"));
        grid.addClassName("card-grid");
        add(grid);
        addClassName("list-view");

        text.addValueChangeListener(e -> changed(query.withText(text.getValue())));
        kind.addValueChangeListener(e -> changed(query.withKind(kind.getValue())));
        forum.addValueChangeListener(e -> changed(query.withForum(forum.getValue() == null ? null : forum.getValue().id())));
        cpv.addValueChangeListener(e -> changed(new SearchQuery(query.forumId(), query.kind(),
                cpv.getValue() == null ? null : cpv.getValue().code(), query.organisationId(), query.publishedFrom(),
                query.publishedTo(), query.text(), query.minCo2eKg(), query.sort())));
        organisation.addValueChangeListener(e -> changed(new SearchQuery(query.forumId(), query.kind(), query.cpv(),
                organisation.getValue() == null ? null : organisation.getValue().id(), query.publishedFrom(),
                query.publishedTo(), query.text(), query.minCo2eKg(), query.sort())));
        from.addValueChangeListener(e -> changed(new SearchQuery(query.forumId(), query.kind(), query.cpv(),
                query.organisationId(), SearchQuery.validDate(from.getValue()) ? from.getValue() : null,
                query.publishedTo(), query.text(), query.minCo2eKg(), query.sort())));
        to.addValueChangeListener(e -> changed(new SearchQuery(query.forumId(), query.kind(), query.cpv(),
                query.organisationId(), query.publishedFrom(), SearchQuery.validDate(to.getValue()) ? to.getValue() : null,
                query.text(), query.minCo2eKg(), query.sort())));
        // the same rule as in a URL: a negative or endless threshold is left out
        // and unreadable typing stays in the field with its message, the search unchanged
        minCo2e.addValueChangeListener(e -> {
            if (!minCo2e.check()) {
                return;
            }
            Double threshold = minCo2e.doubleValue();
            changed(new SearchQuery(query.forumId(), query.kind(), query.cpv(), query.organisationId(),
                    query.publishedFrom(), query.publishedTo(), query.text(),
                    SearchQuery.validMinCo2e(threshold) ? threshold : null, query.sort()));
        });
        sort.addValueChangeListener(e -> changed(new SearchQuery(query.forumId(), query.kind(), query.cpv(),
                query.organisationId(), query.publishedFrom(), query.publishedTo(), query.text(), query.minCo2eKg(),
                sort.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchQuery.parse(event.getLocation().getQueryParameters().getParameters()).query();
        restoring = true;
        text.setValue(query.text() == null ? "" : query.text());
        kind.setValue(query.kind());
        ForumId inForum = query.forumId();
        forum.setValue(inForum == null ? null : forums.find(inForum).orElse(null));
        cpv.setValue(query.cpv() == null ? null : CpvCatalogue.official().find(query.cpv()).orElse(null));
        OrganisationId named = query.organisationId();
        organisation.setValue(named == null ? null : search.publishingOrganisation(named).orElse(null));
        from.setValue(query.publishedFrom());
        to.setValue(query.publishedTo());
        minCo2e.setNumber(query.minCo2eKg());
        sort.setValue(query.sort());
        more.setOpened(Stream.of(query.forumId(), query.cpv(), query.organisationId(), query.publishedFrom(),
                        query.publishedTo(), query.minCo2eKg())
                .anyMatch(Objects::nonNull));
        restoring = false;
        applyQuery();
    }

    private void applyQuery() {
        data.setFilter(query);
        searchAware.forEach(a -> a.searchChanged(query));
        named.show(search.findNamed(query, getLocale()));
        int n = results.count(query);
        if (refused != null) {
            total.setText(getTranslation(refused.messageKey()));
        } else if (n >= SearchService.countCap(query)) {
            total.setText(getTranslation("search.total.capped", n));
        } else {
            total.setText(getTranslation(n == 1 ? "search.total.one" : "search.total", n));
        }
    }

    private void changed(SearchQuery changed) {
        if (restoring) {
            return;
        }
        query = changed;
        applyQuery();
        Map<String, String> params = query.toQuery();
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("search", QueryParameters.simple(params))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.heading") + " – " + getTranslation("app.name");
    }
}
