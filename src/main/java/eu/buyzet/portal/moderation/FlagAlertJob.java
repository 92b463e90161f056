package eu.buyzet.portal.moderation;

import eu.buyzet.portal.moderation.internal.FlagRepository;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags nobody has handled for {@code buyzet.moderation.alert-after} (48 hours unless configured)
 * alert every moderator of the forum, once per flagged piece of content.
 */
@Component
class FlagAlertJob {

    private final FlagRepository flags;
    private final ApplicationEventPublisher events;
    private final Duration limit;

    FlagAlertJob(FlagRepository flags, ApplicationEventPublisher events,
                 @Value("${buyzet.moderation.alert-after:48h}") Duration limit) {
        this.flags = flags;
        this.events = events;
        this.limit = limit;
    }

    /** Tells the forum's moderators, and only them, the title of what waits. */
    @eu.buyzet.portal.shared.disclosure.DisclosureChannel("moderation.flag-alert")
    @Scheduled(cron = "${buyzet.moderation.alert-cron:0 7 * * * *}")
    @Transactional
    public int alertOverdue() {
        var overdue = flags.takeOverdue(limit);
        overdue.forEach(o -> events.publishEvent(new FlagsWaiting(o.target(), o.title(), o.moderators(), limit.toHours())));
        return overdue.size();
    }
}
