package eu.buyzet.portal.search;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Another feature's action on the search page ("follow this search"), given the search as it
 * stands when the action is taken.
 */
public interface SearchPageAction {

    Optional<Component> create(Supplier<SearchQuery> currentSearch);

    /** An action's component that shows where it stands for the search on the page ("you follow it"). */
    interface ForTheSearch {

        /** The page's search, when the page opens and each time it changes. */
        void searchChanged(SearchQuery search);
    }
}
