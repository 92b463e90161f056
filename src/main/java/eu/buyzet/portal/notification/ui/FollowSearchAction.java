package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.search.SearchPageAction;
import eu.buyzet.portal.search.SearchQuery;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** "Follow this search" on the search page: new posts it would find reach the member. */
@org.springframework.stereotype.Component
class FollowSearchAction implements SearchPageAction {

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final SearchDescription descriptions;

    FollowSearchAction(NotificationService notifications, CurrentUser currentUser, SearchDescription descriptions) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.descriptions = descriptions;
    }

    @Override
    public Optional<Component> create(Supplier<SearchQuery> currentSearch) {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FollowButton(currentSearch));
    }

    /**
     * "Follow this search", or "Stop following this search" when the member follows the search on the
     * page: a reload or a second click must not look as if nothing were followed.
     */
    private final class FollowButton extends Button implements SearchPageAction.ForTheSearch {

        private final Supplier<SearchQuery> currentSearch;
        private boolean following;

        FollowButton(Supplier<SearchQuery> currentSearch) {
            this.currentSearch = currentSearch;
            addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setId("follow-search");
            show(false);
            // a double click is one request to follow, not a follow and an unfollow
            setDisableOnClick(true);
            addClickListener(e -> {
                try {
                    toggle();
                } finally {
                    setEnabled(true);
                }
            });
        }

        @Override
        public void searchChanged(SearchQuery search) {
            show(!search.toQuery().isEmpty()
                    && notifications.isFollowing(SubscriptionKind.SEARCH, search.toQueryString()));
        }

        private void show(boolean follows) {
            following = follows;
            setText(getTranslation(follows ? "subscription.unfollow-search" : "subscription.follow-search"));
        }

        private void toggle() {
            SearchQuery filter = currentSearch.get();
            if (filter.toQuery().isEmpty()) {
                FieldErrors.notifyError(this, getTranslation("subscription.search-first"));
                return;
            }
            if (following) {
                notifications.unfollow(SubscriptionKind.SEARCH, filter.toQueryString());
                show(false);
                FieldErrors.notifySuccess(this, getTranslation("subscription.search-unfollowed"));
                return;
            }
            // kept with the subscription (the personal-data export shows it); pages draw it again in the reader's words
            String label = descriptions.of(filter.toQueryString(), this);
            try {
                notifications.follow(SubscriptionKind.SEARCH, filter.toQueryString(), label);
            } catch (ValidationException refused) { // e.g. a search too long to keep
                FieldErrors.show(refused, Map.of(), this);
                return;
            }
            show(true);
            FieldErrors.notifySuccess(this, getTranslation("subscription.search-followed"));
        }
    }
}
