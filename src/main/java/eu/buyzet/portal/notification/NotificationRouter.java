package eu.buyzet.portal.notification;

import eu.buyzet.portal.buyergroup.BuyerGroupStepTaken;
import eu.buyzet.portal.dialogue.DialogueAnswerPublished;
import eu.buyzet.portal.moderation.ContentHiddenByFlags;
import eu.buyzet.portal.moderation.FlagsWaiting;
import eu.buyzet.portal.notification.internal.MailOutboxRepository;
import eu.buyzet.portal.notification.internal.NotificationRepository;
import eu.buyzet.portal.notification.internal.NotificationRepository.Recipient;
import eu.buyzet.portal.notification.internal.SubscriptionRepository;
import eu.buyzet.portal.organisation.MemberSuspended;
import eu.buyzet.portal.organisation.MembershipRequested;
import eu.buyzet.portal.organisation.OrganisationAwaitingVerification;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.organisation.OrganisationStatusChanged;
import eu.buyzet.portal.organisation.SignUpNotPossible;
import eu.buyzet.portal.organisation.SignUpRequested;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PasswordResetRequested;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.submission.CommentAdded;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.SubmissionPublished;
import eu.buyzet.portal.submission.SubmissionReviewed;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.strategy.StrategyStepTaken;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other features' events into notifications: who hears of what, in-app and by mail as each
 * chose. Runs in the transaction of the event, so a step that is rolled back tells no one.
 */
@Component
class NotificationRouter {

    private final NotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final MailComposer composer;
    private final SubscriptionRepository subscriptions;
    private final SubmissionService submissionService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final NotificationService direct;
    private final CommentService commentService;
    private final SearchService search;

    NotificationRouter(NotificationRepository notifications, MailOutboxRepository outbox, MailComposer composer,
                       SubscriptionRepository subscriptions, SubmissionService submissionService,
                       CurrentUser currentUser, ApplicationEventPublisher events, NotificationService direct,
                       CommentService commentService, SearchService search) {
        this.commentService = commentService;
        this.search = search;
        this.direct = direct;
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.subscriptions = subscriptions;
        this.submissionService = submissionService;
        this.currentUser = currentUser;
        this.events = events;
    }

    private void mail(String to, @Nullable String localeTag, String dedupKey, String subjectKey, String bodyKey, Object... args) {
        direct.mail(to, localeTag, dedupKey, subjectKey, bodyKey, args);
    }

    /**
     * Tells each recipient in-app, and by mail as they chose: at once through the outbox, or
     * later in the daily digest.
     */
    private void deliver(List<Recipient> recipients, NotificationKind kind, @Nullable String detail, String subjectTitle,
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

    /**
     * A new post reaches who follows its forum, one of its CPV categories or a search it matches,
     * once the submission feature says every member may read it (decision 016).
     */
    @EventListener
    void followedPost(SubmissionPublished event) {
        submissionService.forFollowers(event.submissionId()).ifPresent(s -> {
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
            // one query per distinct followed search, each the search's own conditions on this one row
            subscriptions.searches().forEach((query, members) -> {
                if (search.matches(SearchQuery.parse(query).query(), s.id())) {
                    followers.addAll(members);
                }
            });
            currentUser.get().ifPresent(u -> followers.remove(u.memberId()));
            followers.remove(s.authorId());
            deliver(notifications.members(followers, NotificationKind.FOLLOWED_ACTIVITY),
                    NotificationKind.FOLLOWED_ACTIVITY, "new-submission", s.title(), "submissions/" + s.id());
        });
    }


    /**
     * A new comment reaches who follows the submission, except whoever wrote it, once the
     * submission feature says every member may read it (not while it awaits review, nor hidden).
     */
    @EventListener
    void followedComment(CommentAdded event) {
        if (commentService.forFollowers(event.comment()).isEmpty()) {
            return;
        }
        java.util.Set<MemberId> followers = new java.util.LinkedHashSet<>(
                subscriptions.followers(SubscriptionKind.SUBMISSION, List.of(event.submission().toString())));
        followers.remove(event.author());
        deliver(notifications.members(followers, NotificationKind.FOLLOWED_ACTIVITY),
                NotificationKind.FOLLOWED_ACTIVITY, "new-comment", event.submissionTitle(),
                "submissions/" + event.submission());
    }


    /** The link that confirms a new supplier's address; only mailed, as there is no account yet. */
    @EventListener
    void signUpRequested(SignUpRequested event) {
        mail(event.email(), event.localeTag(), "sign-up:" + event.signUpId(), "mail.signup-subject", "mail.signup-body",
                event.displayName(), composer.link(event.confirmPath()), "48");
    }


    /**
     * The sign-up page said the same as for a new sign-up; only the owner of the address learns,
     * here, that it is a member's (with the way to sign in) or that the organisation is registered.
     */
    @EventListener
    void signUpNotPossible(SignUpNotPossible event) {
        if (event.reason() == SignUpNotPossible.Reason.ADDRESS_IS_A_MEMBER) {
            mail(event.email(), event.localeTag(), "sign-up:" + event.signUpId(), "mail.signup-member-subject",
                    "mail.signup-member-body", event.displayName(), composer.link("login"));
        } else {
            mail(event.email(), event.localeTag(), "sign-up:" + event.signUpId(), "mail.signup-organisation-subject",
                    "mail.signup-organisation-body", event.displayName(), event.organisationNumber());
        }
    }


    /** The single-use link that sets a new password; the security feature made it for a local account only. */
    @EventListener
    void passwordResetRequested(PasswordResetRequested event) {
        mail(event.email(), event.localeTag(), "password-reset:" + event.resetId(), "mail.password-reset-subject",
                "mail.password-reset-body", event.displayName(), composer.link(event.resetPath()),
                Integer.toString(event.validForMinutes()));
    }


    /** A suspended member cannot sign in to read why, so they are mailed. */
    @EventListener
    void memberSuspended(MemberSuspended event) {
        mail(event.email(), event.localeTag(), "suspended:" + event.member().value() + ":" + event.until(), "mail.suspended-subject",
                "mail.suspended-body", event.displayName(), event.until(), event.reason());
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

    /** A strategy's step reaches the agencies it concerns, as the strategy feature says who may see it. */
    @EventListener
    void strategyStep(StrategyStepTaken event) {
        deliver(notifications.inOrganisations(event.organisations(), currentUser.get().map(u -> u.memberId()).orElse(null),
                        NotificationKind.STRATEGY_STEP),
                NotificationKind.STRATEGY_STEP, event.step(), event.title(), "strategies/" + event.strategyId());
    }
}
