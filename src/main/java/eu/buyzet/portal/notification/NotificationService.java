package eu.buyzet.portal.notification;

import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.notification.internal.SubscriptionRepository;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.notification.internal.MailOutboxRepository;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own notifications (the bell), mail choices and follows; each member reads and
 * changes only their own. {@link NotificationRouter} turns other features' events into
 * notifications, in the same transaction, so a step that is rolled back tells no one.
 */
@Service
public class NotificationService {

    public static final int LATEST = 30;
    /** The posts of unread notices checked again for the bell's count, newest first. */
    static final int LINKS_CHECKED = 100;

    private final NotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final MailComposer composer;
    private final CurrentUser currentUser;
    private final SubscriptionRepository subscriptions;
    private final FollowedPosts followedPosts;
    private final SubmissionService submissions;

    NotificationService(NotificationRepository notifications, MailOutboxRepository outbox, MailComposer composer,
                        CurrentUser currentUser, SubscriptionRepository subscriptions, FollowedPosts followedPosts,
                        SubmissionService submissions) {
        this.submissions = submissions;
        this.subscriptions = subscriptions;
        this.followedPosts = followedPosts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.currentUser = currentUser;
    }

    /** What the signed-in member follows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Subscription> following() {
        return subscriptions.of(currentUser.require().memberId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isFollowing(SubscriptionKind kind, String target) {
        return subscriptions.exists(currentUser.require().memberId(), kind, normalise(kind, target));
    }

    /**
     * Follows a forum or submission (by id), a CPV category (a code: everything under it is
     * followed) or a search (the search page's query string, or just words): a new post is
     * followed when that search would find it. New posts and comments then
     * reach the member as they chose for {@link NotificationKind#FOLLOWED_ACTIVITY}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(SubscriptionKind kind, String target, String label) {
        if (kind == null) {
            throw ValidationException.of("kind", "validation.required");
        }
        String field = kind == SubscriptionKind.CPV ? "cpv" : kind == SubscriptionKind.SEARCH ? "words" : "target";
        String clean;
        try {
            clean = normalise(kind, target);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, kind == SubscriptionKind.CPV ? "validation.cpv.format" : "validation.required");
        }
        if (clean.isEmpty()) {
            throw ValidationException.of(field, "validation.required");
        }
        if (clean.length() > 200) {
            throw ValidationException.of(field, "validation.too-long");
        }
        if (kind == SubscriptionKind.SUBMISSION) {
            // only a post every member may read is followed, and under its own title, not a label sent with it
            label = submissions.forFollowers(SubmissionId.of(Long.parseLong(clean)))
                    .orElseThrow(() -> new NotFoundException("Submission " + clean)).title();
        }
        String shown = label == null || label.isBlank() ? target.strip() : label.strip();
        subscriptions.add(currentUser.require().memberId(), kind, clean, shown.length() > 300 ? shown.substring(0, 300) : shown);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(SubscriptionKind kind, String target) {
        subscriptions.removeTarget(currentUser.require().memberId(), kind, normalise(kind, target));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(SubscriptionId subscriptionId) {
        subscriptions.remove(currentUser.require().memberId(), subscriptionId);
    }

    /** CPV codes are followed by their significant digits: 90500000-2 follows everything starting 905. */
    private static String normalise(SubscriptionKind kind, String target) {
        String t = target == null ? "" : target.strip();
        return switch (kind) {
            case CPV -> {
                String digits = CpvCode.parse(t).digits().replaceAll("0+$", "");
                yield digits.length() < 2 ? CpvCode.parse(t).digits().substring(0, 2) : digits;
            }
            case SEARCH -> {
                // a search as the search page keeps it, or just words; read as the page and the API read it
                SearchQuery q = t.contains("=") ? SearchQuery.parse(t).query() : SearchQuery.ANY.withText(t);
                yield q.forFollowing().toQueryString();
            }
            case FORUM, SUBMISSION -> t.matches("[0-9]{1,18}") ? t : "";
        };
    }

    /**
     * The member's choice for each kind of notification they may receive, in the kinds' order
     * (defaults where none was made): what the settings page offers.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NotificationKind, MailMode> preferences() {
        PortalUser user = currentUser.require();
        Map<NotificationKind, MailMode> modes = notifications.preferences(user.memberId());
        modes.keySet().removeIf(kind -> !receives(user, kind));
        return modes;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreference(NotificationKind kind, MailMode mode) {
        if (kind == null || mode == null) {
            throw ValidationException.of("mode", "validation.required");
        }
        PortalUser user = currentUser.require();
        if (!receives(user, kind)) {
            throw new AccessDeniedException(user.email() + " receives no " + kind.code() + " notifications");
        }
        notifications.setPreference(user.memberId(), kind, mode);
    }

    /** Flag alerts and organisations to verify reach moderators and admins; membership requests, admins. */
    private static boolean receives(PortalUser user, NotificationKind kind) {
        return switch (kind) {
            case FLAG_ALERT, ORGANISATION_PENDING -> user.has(Role.MODERATOR) || user.has(Role.ADMIN);
            case MEMBERSHIP_REQUESTED -> user.has(Role.ADMIN);
            default -> true;
        };
    }

    /**
     * A mail that is not a notification (an address to confirm, an account decision), written to
     * the outbox in the caller's transaction. {@code dedupKey} makes sure it is written once.
     */
    @Transactional
    public void mail(String to, @Nullable String localeTag, String dedupKey, String subjectKey, String bodyKey, Object... args) {
        MailComposer.Mail mail = composer.direct(localeTag, subjectKey, bodyKey, args);
        outbox.add(null, to, mail.subject(), mail.body(), dedupKey);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return unreadCountOf(currentUser.require().memberId());
    }

    /**
     * A member's unread notices, leaving out those about posts followers may no longer read. For the
     * bell's push too, which runs with no one signed in; a count discloses nothing of its notices.
     */
    @Transactional(readOnly = true)
    public int unreadCountOf(MemberId member) {
        return Math.max(0, notifications.unreadCount(member)
                - followedPosts.noLongerShown(notifications.unreadFollowedByLink(member, LINKS_CHECKED)));
    }

    /** The newest notifications, read or not, of those the member may still be shown. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return followedPosts.stillShown(notifications.latest(currentUser.require().memberId(), LATEST));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().memberId());
    }

}
