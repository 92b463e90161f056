package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import eu.buyzet.portal.notification.NotificationsAdded;
import eu.buyzet.portal.notification.internal.BellSignals;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.shared.MemberId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Pushes the unread count to every open bell of a member as soon as their new notifications are
 * committed, on whichever node the bell is open: the commit is signalled to every node through
 * {@link BellSignals}. The push runs outside any request and so outside the member's security
 * context, hence the count by member.
 */
@Component
class BellBroadcaster {

    private record Bell(UI ui, IntConsumer show) {
    }

    private final Map<MemberId, Set<Bell>> bells = new ConcurrentHashMap<>();
    private final NotificationService notifications;

    private final BellSignals signals;

    BellBroadcaster(NotificationService notifications, BellSignals signals) {
        this.notifications = notifications;
        this.signals = signals;
        signals.subscribe(this::show);
    }

    Registration register(MemberId member, UI ui, IntConsumer show) {
        Bell bell = new Bell(ui, show);
        bells.computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet()).add(bell);
        return () -> bells.computeIfPresent(member, (m, set) -> {
            set.remove(bell);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Sent inside the transaction that saved the notifications: PostgreSQL delivers a NOTIFY only
     * when that transaction commits, and drops it when it rolls back.
     */
    @EventListener
    void added(NotificationsAdded event) {
        signals.announce(event.members());
    }

    private void show(Set<MemberId> members) {
        for (MemberId member : members) {
            Set<Bell> open = bells.get(member);
            if (open == null || open.isEmpty()) {
                continue;
            }
            int unread = notifications.unreadCountOf(member);
            open.forEach(b -> b.ui().access(() -> b.show().accept(unread)));
        }
    }
}
