package eu.buyzet.portal.notification;

import eu.buyzet.portal.buyergroup.BuyerGroupStepTaken;
import eu.buyzet.portal.dialogue.DialogueAnswerPublished;
import eu.buyzet.portal.moderation.ContentHiddenByFlags;
import eu.buyzet.portal.moderation.FlagsWaiting;
import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.organisation.MemberSuspended;
import eu.buyzet.portal.organisation.OrganisationAwaitingVerification;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.organisation.OrganisationStatusChanged;
import eu.buyzet.portal.organisation.SignUpRequested;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.submission.SubmissionReviewed;
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

    NotificationService(NotificationRepository notifications, MailOutboxRepository outbox, MailComposer composer,
                        CurrentUser currentUser, ApplicationEventPublisher events,
                        @Value("${buyzet.mail.dev-mailbox:false}") boolean devMailbox) {
        this.devMailbox = devMailbox;
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.currentUser = currentUser;
        this.events = events;
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
