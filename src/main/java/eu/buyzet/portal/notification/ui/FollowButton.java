package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;

/** Follow or stop following a forum or a submission; it says which it will do, and is a toggle for screen readers. */
final class FollowButton extends Button {

    private final NotificationService notifications;
    private final SubscriptionKind kind;
    private final String target;
    private final String label;

    FollowButton(NotificationService notifications, SubscriptionKind kind, String target, String label, String id) {
        this.notifications = notifications;
        this.kind = kind;
        this.target = target;
        this.label = label;
        setId(id);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show(notifications.isFollowing(kind, target));
        addClickListener(e -> {
            boolean following = notifications.isFollowing(kind, target);
            if (following) {
                notifications.unfollow(kind, target);
            } else {
                notifications.follow(kind, target, label);
            }
            show(!following);
        });
    }

    private void show(boolean following) {
        setText(getTranslation(following ? "subscription.following" : "subscription.follow"));
        getElement().setAttribute("aria-pressed", Boolean.toString(following));
    }
}
