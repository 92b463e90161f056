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
        Button follow = new Button();
        follow.setText(follow.getTranslation("subscription.follow-search"));
        follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        follow.setId("follow-search");
        follow.addClickListener(e -> {
            SearchQuery filter = currentSearch.get();
            if (filter.toQuery().isEmpty()) {
                FieldErrors.notifyError(follow, follow.getTranslation("subscription.search-first"));
                return;
            }
            // kept with the subscription (the personal-data export shows it); pages draw it again in the reader's words
            String label = descriptions.of(filter.toQueryString(), follow);
            try {
                notifications.follow(SubscriptionKind.SEARCH, filter.toQueryString(), label);
            } catch (ValidationException refused) { // e.g. a search too long to keep
                FieldErrors.show(refused, Map.of(), follow);
                return;
            }
            FieldErrors.notifySuccess(follow, follow.getTranslation("subscription.search-followed"));
        });
        return Optional.of(follow);
    }
}
