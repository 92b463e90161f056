package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumPageSection;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.security.CurrentUser;

/** On a forum's page: follow it, to hear of its new posts. */
@org.springframework.stereotype.Component
class FollowForumSection implements ForumPageSection {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    FollowForumSection(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(Forum forum) {
        Div box = new Div();
        if (currentUser.get().isPresent()) {
            box.add(new FollowButton(notifications, SubscriptionKind.FORUM, forum.id().toString(),
                    forum.title(com.vaadin.flow.component.UI.getCurrent().getLocale()), "follow-forum"));
        }
        return box;
    }

    @Override
    public int order() {
        return 1;
    }
}
