package eu.buyzet.portal.notification;

import eu.buyzet.portal.buyergroup.BuyerGroupStepTaken;
import eu.buyzet.portal.dialogue.DialogueAnswerPublished;
import eu.buyzet.portal.moderation.ContentHiddenByFlags;
import eu.buyzet.portal.moderation.FlagsWaiting;
import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.organisation.MemberSuspended;
import eu.buyzet.portal.organisation.MembershipRequested;
import eu.buyzet.portal.organisation.OrganisationAwaitingVerification;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.organisation.OrganisationStatusChanged;
import eu.buyzet.portal.organisation.SignUpRequested;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.submission.SubmissionReviewed;
import eu.buyzet.portal.submission.CommentAdded;
import eu.buyzet.portal.submission.SubmissionPublished;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.notification.internal.SubscriptionRepository;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.notification.internal.MailOutboxRepository;
import eu.buyzet.portal.notification.internal.NotificationRepository.Recipient;
import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
    private final MailOutboxRepository outbox;
    private final MailComposer composer;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final boolean devMailbox;
    private final SubscriptionRepository subscriptions;
    private final SubmissionService submissionService;

    NotificationService(NotificationRepository notifications, MailOutboxRepository outbox, MailComposer composer,
                        CurrentUser currentUser, ApplicationEventPublisher events,
                        @Value("${buyzet.mail.dev-mailbox:false}") boolean devMailbox,
                        SubscriptionRepository subscriptions, SubmissionService submissionService) {
        this.subscriptions = subscriptions;
        this.submissionService = submissionService;
        this.devMailbox = devMailbox;
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.currentUser = currentUser;
        this.events = events;
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
     * followed) or a search (the words, all of which must appear). New posts and comments then
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
    public void unfollow(long subscriptionId) {
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
            case SEARCH -> String.join(" ", t.toLowerCase(java.util.Locale.ROOT).split("\\s+")).strip();
            case FORUM, SUBMISSION -> t.matches("[0-9]{1,18}") ? t : "";
        };
    }

    /** A new post reaches who follows its forum, one of its CPV categories or a search it matches. */
    @EventListener
    void followedPost(SubmissionPublished event) {
        submissionService.find(event.submissionId()).ifPresent(s -> {
            java.util.Set<MemberId> followers = new java.util.LinkedHashSet<>(
                    subscriptions.followers(SubscriptionKind.FORUM, List.of(s.forumId().toString())));
            java.util.Set<String> prefixes = new java.util.LinkedHashSet<>();
            for (CpvCode code : s.cpvCodes()) {
                String digits = code.digits();
                for (int i = 2; i <= digits.length(); i++) {
                    prefixes.add(digits.substring(0, i));
                }
            }
            followers.addAll(subscriptions.followers(SubscriptionKind.CPV, prefixes));
            followers.addAll(subscriptions.searchFollowers(s.title() + " " + s.summary() + " " + s.bodyMarkdown()));
            currentUser.get().ifPresent(u -> followers.remove(u.memberId()));
            followers.remove(s.authorId());
            deliver(notifications.members(followers, NotificationKind.FOLLOWED_ACTIVITY),
                    NotificationKind.FOLLOWED_ACTIVITY, "new-submission", s.title(), "submissions/" + s.id());
        });
    }

    /** A new comment reaches who follows the submission, except whoever wrote it. */
    @EventListener
    void followedComment(CommentAdded event) {
        java.util.Set<MemberId> followers = new java.util.LinkedHashSet<>(
                subscriptions.followers(SubscriptionKind.SUBMISSION, List.of(event.submission().toString())));
        followers.remove(event.author());
        deliver(notifications.members(followers, NotificationKind.FOLLOWED_ACTIVITY),
                NotificationKind.FOLLOWED_ACTIVITY, "new-comment", event.submissionTitle(),
                "submissions/" + event.submission());
    }

    /** The member's choice for each kind of notification (defaults where none was made). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NotificationKind, MailMode> preferences() {
        return notifications.preferences(currentUser.require().memberId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreference(NotificationKind kind, MailMode mode) {
        if (kind == null || mode == null) {
            throw ValidationException.of("mode", "validation.required");
        }
        notifications.setPreference(currentUser.require().memberId(), kind, mode);
    }

    /**
     * A mail that is not a notification (an address to confirm, an account decision), written to
     * the outbox in the caller's transaction. {@code dedupKey} makes sure it is written once.
     */
    @Transactional
    public void mail(String to, String localeTag, String dedupKey, String subjectKey, String bodyKey, Object... args) {
        MailComposer.Mail mail = composer.direct(localeTag, subjectKey, bodyKey, args);
        outbox.add(null, to, mail.subject(), mail.body(), dedupKey);
    }

    public boolean devMailboxEnabled() {
        return devMailbox;
    }

    /**
     * The newest mails, for the dev mailbox page of the embedded default. Anyone may read it
     * there, because it only exists where every account is a demo account.
     */
    @Transactional(readOnly = true)
    public List<OutgoingMail> devMailbox(int limit) {
        if (!devMailbox) {
            throw new org.springframework.security.access.AccessDeniedException("The dev mailbox is off");
        }
        return outbox.latest(0, limit).stream()
                .map(m -> new OutgoingMail(m.id(), m.to(), m.subject(), m.body(), m.createdAt(), m.sentAt())).toList();
    }

    /**
     * Tells each recipient in-app, and by mail as they chose: at once through the outbox, or
     * later in the daily digest.
     */
    private void deliver(List<Recipient> recipients, NotificationKind kind, String detail, String subjectTitle,
                         String link) {
        for (Recipient r : recipients) {
            String state = switch (r.mode()) {
                case IMMEDIATE -> "QUEUED";
                case DAILY -> "DIGEST";
                case OFF -> "NONE";
            };
            long id = notifications.add(r.id(), kind, detail, subjectTitle, link, state);
            if (r.mode() == MailMode.IMMEDIATE) {
                MailComposer.Mail mail = composer.single(r, kind.code(), detail, subjectTitle, link);
                outbox.add(r.id(), r.email(), mail.subject(), mail.body(), "notification:" + id);
            }
        }
        if (!recipients.isEmpty()) {
            events.publishEvent(new NotificationsAdded(recipients.stream().map(Recipient::id).collect(Collectors.toSet())));
        }
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

    /** The link that confirms a new supplier's address; only mailed, as there is no account yet. */
    @EventListener
    void signUpRequested(SignUpRequested event) {
        mail(event.email(), event.localeTag(), "sign-up:" + event.signUpId(), "mail.signup-subject", "mail.signup-body",
                event.displayName(), composer.link(event.confirmPath()), "48");
    }

    /** A suspended member cannot sign in to read why, so they are mailed. */
    @EventListener
    void memberSuspended(MemberSuspended event) {
        mail(event.email(), null, "suspended:" + event.member().value() + ":" + event.until(), "mail.suspended-subject",
                "mail.suspended-body", event.displayName(), event.until().toString(), event.reason());
    }

    @EventListener
    void membershipRequested(MembershipRequested event) {
        deliver(notifications.withRole(Role.ADMIN.name(), NotificationKind.MEMBERSHIP_REQUESTED),
                NotificationKind.MEMBERSHIP_REQUESTED, event.email(), event.displayName(), "admin/members");
    }

    @EventListener
    void organisationAwaitingVerification(OrganisationAwaitingVerification event) {
        deliver(notifications.withRole(Role.MODERATOR.name(), NotificationKind.ORGANISATION_PENDING),
                NotificationKind.ORGANISATION_PENDING, null, event.name(), "moderation");
    }

    @EventListener
    void organisationStatusChanged(OrganisationStatusChanged event) {
        if (event.after() == OrganisationStatus.ACTIVE && event.before() == OrganisationStatus.PENDING) {
            deliver(notifications.inOrganisations(List.of(event.organisation()), null, NotificationKind.ORGANISATION_VERIFIED),
                    NotificationKind.ORGANISATION_VERIFIED, null, event.name(), "my-organisation");
        }
    }

    /** The author's organisation hears whether its post awaiting review was published or sent back. */
    @EventListener
    void postReviewed(SubmissionReviewed event) {
        deliver(notifications.inOrganisations(List.of(event.organisation()), null, NotificationKind.POST_REVIEWED),
                NotificationKind.POST_REVIEWED, event.approved() ? "" : event.reason(), event.title(),
                "submissions/" + event.submission());
    }

    /** A published answer reaches every member of every participating supplier at once. */
    @EventListener
    void dialogueAnswer(DialogueAnswerPublished event) {
        deliver(notifications.inOrganisations(event.participants(), null, NotificationKind.DIALOGUE_ANSWER),
                NotificationKind.DIALOGUE_ANSWER, null, event.title(), "dialogues/" + event.dialogueId());
    }

    /** Every moderator of the forum hears of flags left too long. */
    @EventListener
    void flagsWaiting(FlagsWaiting event) {
        deliver(notifications.members(event.moderators(), NotificationKind.FLAG_ALERT), NotificationKind.FLAG_ALERT,
                Long.toString(event.hours()), event.title(), "moderation");
    }

    /** The author's organisation hears why its content was hidden after flags. */
    @EventListener
    void contentHidden(ContentHiddenByFlags event) {
        deliver(notifications.inOrganisations(List.of(event.authorOrganisation()), null, NotificationKind.CONTENT_HIDDEN),
                NotificationKind.CONTENT_HIDDEN, event.reasons(), event.title(), "submissions/" + event.submission());
    }

    /** Every step of a buyer group reaches the members of its member agencies, except whoever took it. */
    @EventListener
    void buyerGroupStep(BuyerGroupStepTaken event) {
        deliver(notifications.inOrganisations(event.members(), currentUser.get().map(u -> u.memberId()).orElse(null),
                        NotificationKind.BUYER_GROUP_STEP),
                NotificationKind.BUYER_GROUP_STEP, event.step(), event.title(), "buyer-groups/" + event.groupId());
    }
}
