package eu.buyzet.portal.notification;

import eu.buyzet.portal.buyergroup.BuyerGroupStepTaken;
import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.security.CurrentUser;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: each member reads and clears their own. Other features' events become
 * notifications in the same transaction, so a step that is rolled back tells no one.
 */
@Service
public class NotificationService {

    public static final int LATEST = 30;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.unreadCount(currentUser.require().memberId());
    }

    /** The newest notifications, read or not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return notifications.latest(currentUser.require().memberId(), LATEST);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().memberId());
    }

    /** Every step of a buyer group reaches the members of its member agencies, except whoever took it. */
    @EventListener
    void buyerGroupStep(BuyerGroupStepTaken event) {
        notifications.addForOrganisations(event.members(), currentUser.get().map(u -> u.memberId()).orElse(null),
                "buyer-group-step", event.step(), event.title(), "buyer-groups/" + event.groupId());
    }
}
