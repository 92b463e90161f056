package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.search.SearchUnavailableException;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.PageRequest;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A lazy list of hits for a grid, counted once per search. A search the portal does not finish
 * (too broad for its timeout, or every search slot taken) is an empty list and a sentence for the
 * reader, given to {@code onOutcome}, never the generic error notice; a search that works again
 * clears it ({@code null}).
 */
final class SearchResults {

    private final SearchService search;
    private final Consumer<SearchUnavailableException.@Nullable Reason> onOutcome;
    private final ConfigurableFilterDataProvider<SubmissionHit, Void, SearchQuery> data;
    private @Nullable SearchQuery counted;
    private int count;
    private boolean wasRefused;

    SearchResults(SearchService search, Consumer<SearchUnavailableException.@Nullable Reason> onOutcome) {
        this.search = search;
        this.onOutcome = onOutcome;
        DataProvider<SubmissionHit, SearchQuery> provider = DataProvider.fromFilteringCallbacks(
                q -> fetch(q.getFilter().orElseThrow(), new PageRequest(q.getOffset(), q.getLimit())),
                q -> count(q.getFilter().orElseThrow()));
        this.data = provider.withConfigurableFilter();
    }

    ConfigurableFilterDataProvider<SubmissionHit, Void, SearchQuery> data() {
        return data;
    }

    /** The hits of this search, at most {@link SearchService#countCap}; 0 when it was not finished. */
    int count(SearchQuery query) {
        if (!query.equals(counted)) {
            counted = query;
            count = guarded(() -> search.count(query), 0);
            if (!wasRefused) {
                onOutcome.accept(null);
            }
        }
        return count;
    }

    private Stream<SubmissionHit> fetch(SearchQuery query, PageRequest page) {
        Stream<SubmissionHit> hits = guarded(() -> search.list(query, page).stream(), Stream.empty());
        if (wasRefused) {
            // counted, then cut short: show it as empty rather than as rows that never come
            count = 0;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(data::refreshAll);
            }
        }
        return hits;
    }

    private <T> T guarded(Supplier<T> read, T whenRefused) {
        try {
            T result = read.get();
            wasRefused = false;
            return result;
        } catch (SearchUnavailableException e) {
            wasRefused = true;
            onOutcome.accept(e.reason());
            return whenRefused;
        }
    }
}
