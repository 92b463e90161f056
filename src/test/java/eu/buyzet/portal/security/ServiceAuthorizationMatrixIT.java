package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumDetails;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.audit.AuditFilter;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupExports;
import eu.buyzet.portal.strategy.PublicStrategies;
import eu.buyzet.portal.strategy.StrategyFiles;
import eu.buyzet.portal.strategy.StrategyId;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupInterest;
import eu.buyzet.portal.buyergroup.BuyerGroupLifecycle;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupShares;
import eu.buyzet.portal.buyergroup.BuyerGroupStatus;
import eu.buyzet.portal.buyergroup.MemberShare;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueDetails;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialoguePhase;
import eu.buyzet.portal.dialogue.DialogueExportService;
import eu.buyzet.portal.dialogue.DialogueMeetingService;
import eu.buyzet.portal.dialogue.DialoguePageService;
import eu.buyzet.portal.dialogue.DialoguePhaseService;
import eu.buyzet.portal.dialogue.DialogueQuestion;
import eu.buyzet.portal.dialogue.DialogueQuestionService;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.dialogue.Meeting;
import eu.buyzet.portal.dialogue.MeetingKind;
import eu.buyzet.portal.moderation.Decision;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.organisation.SignUpForm;
import eu.buyzet.portal.organisation.SignUpService;
import eu.buyzet.portal.moderation.FlagReason;
import eu.buyzet.portal.moderation.FlagTarget;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.dialogue.MeetingDetails;
import java.util.Map;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.strategy.AreaDraft;
import eu.buyzet.portal.strategy.Instrument;
import eu.buyzet.portal.strategy.InstrumentDraft;
import eu.buyzet.portal.strategy.PriorityAreaId;
import eu.buyzet.portal.strategy.PriorityAreaService;
import eu.buyzet.portal.strategy.StrategyId;
import eu.buyzet.portal.strategy.StrategyService;
import eu.buyzet.portal.strategy.StrategyWorkflow;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.CpvLevel;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.submission.AttachmentId;
import eu.buyzet.portal.submission.AttachmentService;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.InterestService;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionStatus;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.organisation.MemberFilter;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationDetails;
import eu.buyzet.portal.organisation.OrganisationFilter;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;

/**
 * Every public service method, called as every kind of user. Authorization lives in the services,
 * so this holds whatever the screens show or hide. Calls use input the service rejects after its
 * security check, so that allowed calls write nothing.
 */
@PortalIntegrationTest
class ServiceAuthorizationMatrixIT {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired ApplicationContext context;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    enum Who { ANONYMOUS, AGENCY, SUPPLIER, MODERATOR, ADMIN }

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> ADMIN_ONLY = EnumSet.of(Who.ADMIN);
    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> MODERATORS = EnumSet.of(Who.MODERATOR, Who.ADMIN);

    record Action(Class<?> service, String method, Set<Who> allowed, Runnable call) {
        String name() {
            return service.getSimpleName() + "." + method;
        }
    }

    @Autowired OrganisationService organisations;
    @Autowired MemberService members;
    @Autowired LocalAccountService accounts;
    @Autowired ForumService forums;
    @Autowired SubmissionService submissions;
    @Autowired SolutionAnswers solutionAnswers;
    @Autowired SearchService search;
    @Autowired CommentService comments;
    @Autowired InterestService interests;
    @Autowired AttachmentService attachments;
    @Autowired AuditTrail audit;
    @Autowired FootprintService footprints;
    @Autowired DeclarationService declarations;
    @Autowired ContractService contracts;
    @Autowired eu.buyzet.portal.contract.CvdTargetService cvdTargets;
    @Autowired eu.buyzet.portal.contract.StartUpContracts startUpContracts;
    @Autowired BuyerGroupService buyerGroups;
    @Autowired PriorityAreaService priorityAreas;
    @Autowired StrategyService strategyService;
    @Autowired StrategyWorkflow strategyWorkflow;
    @Autowired BuyerGroupLifecycle buyerGroupLifecycle;
    @Autowired BuyerGroupShares buyerGroupShares;
    @Autowired BuyerGroupInterest buyerGroupInterest;
    @Autowired BuyerGroupExports buyerGroupExports;
    @Autowired PublicStrategies publicStrategies;
    @Autowired StrategyFiles strategyFiles;
    @Autowired NotificationService notifications;
    @Autowired DialogueService dialogueService;
    @Autowired DialoguePageService dialoguePages;
    @Autowired DialoguePhaseService dialoguePhases;
    @Autowired DialogueQuestionService dialogueQuestions;
    @Autowired DialogueMeetingService dialogueMeetings;
    @Autowired DialogueExportService dialogueExports;
    @Autowired ModerationService moderation;
    @Autowired SignUpService signUps;
    @Autowired PasswordResetService passwordResets;
    @Autowired AccountService accountService;

    private static final PageRequest PAGE = new PageRequest(0, 10);
    private static final OrganisationDetails EMPTY_ORGANISATION = new OrganisationDetails("", null, "", null, null);
    private static final MemberDetails EMPTY_MEMBER = new MemberDetails("", "", null, Set.of(), true);
    private static final ForumDetails EMPTY_FORUM = new ForumDetails("", "", "", "", "", List.of(), null, Set.of());
    /** The demo forum "Zero-emission waste collection": public, run by the demo moderator. */
    private static final ForumId FORUM = ForumId.of(1);
    private static final SubmissionId NO_SUBMISSION = SubmissionId.of(987_654);
    private static final SubmissionDraft EMPTY_SUBMISSION = new SubmissionDraft(null, null, "", "", "", List.of());
    private static final Set<Who> AUTHORS = EnumSet.of(Who.AGENCY, Who.SUPPLIER);
    private static final CommentId NO_COMMENT = CommentId.of(987_654);
    private static final AttachmentId NO_ATTACHMENT = AttachmentId.of(987_654);
    private static final Submission A_SUBMISSION = new Submission(NO_SUBMISSION, FORUM, SubmissionKind.NEED, "t", "", "",
            List.of(), SubmissionStatus.PUBLISHED, false, null, MemberId.of(1), "", OrganisationId.of(1), "", null, null,
            null, 0);
    private static final Set<Who> CONTRACT_READERS = EnumSet.of(Who.AGENCY, Who.MODERATOR, Who.ADMIN);
    private static final Set<Who> AGENCIES = EnumSet.of(Who.AGENCY);
    private static final PriorityAreaId NO_AREA = PriorityAreaId.of(987_654);
    private static final StrategyId NO_STRATEGY = StrategyId.of(987_654);
    private static final AreaDraft EMPTY_AREA = new AreaDraft("", "", null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());
    private static final InstrumentDraft AN_INSTRUMENT = new InstrumentDraft(Instrument.CARGO_BIKES, null, null, "r", "",
            List.of());
    private static final Set<Who> SUPPLIERS = EnumSet.of(Who.SUPPLIER);
    private static final BuyerGroupId NO_GROUP = BuyerGroupId.of(987_654);
    private static final BuyerGroup A_GROUP = new BuyerGroup(NO_GROUP, NO_SUBMISSION, "t", FORUM, OrganisationId.of(1),
            "", null, null, BuyerGroupStatus.FORMING, null, null, null, java.time.Instant.now(), 0);
    private static final DialogueId NO_DIALOGUE = DialogueId.of(987_654);
    private static final Dialogue A_DIALOGUE = new Dialogue(NO_DIALOGUE, FORUM, "", "", null, null, "t", "p", List.of(),
            DialoguePhase.OPEN, java.time.Instant.now(), null, null, java.time.Instant.now(), 0);
    private static final DialogueQuestion A_QUESTION = new DialogueQuestion(987_654, "q", null, null, null, false, null,
            null, 0);
    private static final Meeting A_MEETING = new Meeting(987_654, NO_DIALOGUE, MeetingKind.PLENARY, "m",
            java.time.Instant.now(), 60, 1, null, null, null, null, 0, 0, false, null);
    private static final MemberShare NO_SHARE = new MemberShare(null, null, null, null, null, "", "", Set.of(), false);
    private static final ContractId NO_CONTRACT = ContractId.of(987_654);
    private static final MappedContract A_CONTRACT = new MappedContract(NO_CONTRACT, OrganisationId.of(1), "", "t", null,
            List.of(new eu.buyzet.portal.shared.CpvCode("90511000-2")), "s", null, "NOK", null, List.of(), null, null,
            null, "", java.time.Instant.now(), 0);
    private static final SubmissionPage A_PAGE = new SubmissionPage(A_SUBMISSION,
            new eu.buyzet.portal.forum.Forum(FORUM, "t", "t", "", "", "", List.of(),
                    eu.buyzet.portal.forum.ForumStatus.OPEN, eu.buyzet.portal.forum.ForumVisibility.PUBLIC,
                    Set.of(), List.of(), null, 0), Set.of(), true);
    private static final Comment A_COMMENT = new Comment(NO_COMMENT, NO_SUBMISSION, null, MemberId.of(1), "",
            OrganisationId.of(1), "", "text", java.time.Instant.now(), null, false, null, 0, List.of());

    List<Action> actions() {
        return List.of(
                new Action(OrganisationService.class, "list", ADMIN_ONLY, () -> organisations.list(OrganisationFilter.ANY, PAGE)),
                new Action(OrganisationService.class, "count", ADMIN_ONLY, () -> organisations.count(OrganisationFilter.ANY)),
                new Action(OrganisationService.class, "get", SIGNED_IN, () -> organisations.get(OrganisationId.of(1))),
                new Action(OrganisationService.class, "names", SIGNED_IN,
                        () -> organisations.names(Set.of(OrganisationId.of(1)))),
                new Action(OrganisationService.class, "create", ADMIN_ONLY, () -> organisations.create(EMPTY_ORGANISATION)),
                new Action(OrganisationService.class, "update", ADMIN_ONLY,
                        () -> organisations.update(OrganisationId.of(1), 0, EMPTY_ORGANISATION)),
                new Action(OrganisationService.class, "status", ANYONE, () -> organisations.status(OrganisationId.of(1))),
                new Action(OrganisationService.class, "pending", MODERATORS, () -> organisations.pending(PAGE)),
                new Action(OrganisationService.class, "countPending", MODERATORS, organisations::countPending),
                new Action(OrganisationService.class, "decide", MODERATORS, () -> organisations.decide(
                        OrganisationId.of(987_654), 0, OrganisationStatus.ACTIVE, null)),
                new Action(SignUpService.class, "enabled", ANYONE, signUps::enabled),
                new Action(SignUpService.class, "request", ANYONE, () -> signUps.request(new SignUpForm(
                        "", "NO", "", null, "", "", "", "nb", false), "matrix-" + java.util.UUID.randomUUID())),
                new Action(SignUpService.class, "confirm", ANYONE, () -> signUps.confirm("no-such-token")),
                new Action(PasswordResetService.class, "enabled", ANYONE, passwordResets::enabled),
                new Action(PasswordResetService.class, "request", ANYONE,
                        () -> passwordResets.request("", "matrix-" + java.util.UUID.randomUUID(), "nb")),
                new Action(PasswordResetService.class, "linkUsable", ANYONE, () -> passwordResets.linkUsable("no-such-token")),
                new Action(PasswordResetService.class, "reset", ANYONE, () -> passwordResets.reset("no-such-token", "")),
                new Action(AccountService.class, "exportMyData", SIGNED_IN, accountService::exportMyData),
                new Action(AccountService.class, "deleteMyAccount", SIGNED_IN, accountService::deleteMyAccount),
                new Action(LocalAccountService.class, "hash", ANYONE, () -> accounts.hash("short")),
                new Action(LocalAccountService.class, "createAccount", ANYONE,
                        () -> accounts.createAccount(MemberId.of(1), "")),
                new Action(SearchService.class, "matches", ANYONE, () -> search.matches(SearchQuery.ANY, NO_SUBMISSION)),
                new Action(SubmissionService.class, "awaitingReview", MODERATORS, () -> submissions.awaitingReview(PAGE)),
                new Action(SubmissionService.class, "countAwaitingReview", MODERATORS, submissions::countAwaitingReview),
                new Action(SubmissionService.class, "review", MODERATORS,
                        () -> submissions.review(NO_SUBMISSION, 0, true, null)),
                new Action(MemberService.class, "suspend", MODERATORS,
                        () -> members.suspend(MemberId.of(987_654), null, null)),
                new Action(MemberService.class, "liftSuspension", MODERATORS, () -> members.liftSuspension(MemberId.of(987_654))),
                new Action(MemberService.class, "suspendedUntil", MODERATORS, () -> members.suspendedUntil(MemberId.of(1))),
                new Action(MemberService.class, "access", MODERATORS, () -> members.access(MemberId.of(987_654))),
                new Action(OrganisationService.class, "mayBlock", MODERATORS,
                        () -> organisations.mayBlock(OrganisationId.of(987_654))),
                new Action(MemberService.class, "find", MODERATORS, () -> members.find("demo", PAGE)),
                new Action(MemberService.class, "countFound", MODERATORS, () -> members.countFound("demo")),
                new Action(MemberService.class, "membershipRequests", ADMIN_ONLY, () -> members.membershipRequests(PAGE)),
                new Action(MemberService.class, "countMembershipRequests", ADMIN_ONLY, members::countMembershipRequests),
                new Action(MemberService.class, "declineMembershipRequest", ADMIN_ONLY,
                        () -> members.declineMembershipRequest(eu.buyzet.portal.organisation.MembershipRequestId.of(987_654))),
                new Action(MemberService.class, "list", ADMIN_ONLY, () -> members.list(MemberFilter.ANY, PAGE)),
                new Action(MemberService.class, "count", ADMIN_ONLY, () -> members.count(MemberFilter.ANY)),
                new Action(MemberService.class, "colleagues", SIGNED_IN, () -> members.colleagues(PAGE)),
                new Action(MemberService.class, "countColleagues", SIGNED_IN, members::countColleagues),
                new Action(MemberService.class, "get", ADMIN_ONLY, () -> members.get(MemberId.of(1))),
                new Action(MemberService.class, "create", ADMIN_ONLY, () -> members.create(EMPTY_MEMBER)),
                new Action(MemberService.class, "update", ADMIN_ONLY, () -> members.update(MemberId.of(1), 0, EMPTY_MEMBER)),
                new Action(LocalAccountService.class, "setPassword", ADMIN_ONLY,
                        () -> accounts.setPassword(MemberId.of(1), "short")),
                new Action(MemberService.class, "displayNames", ANYONE, () -> members.displayNames(Set.of(MemberId.of(1)))),
                new Action(MemberService.class, "withRole", MODERATORS, () -> members.withRole(Role.MODERATOR)),
                new Action(MemberService.class, "hasRole", ANYONE, () -> members.hasRole(MemberId.of(1), Role.AGENCY)),
                new Action(ForumService.class, "list", ANYONE, () -> forums.list(ForumFilter.ANY, PAGE)),
                new Action(ForumService.class, "count", ANYONE, () -> forums.count(ForumFilter.ANY)),
                new Action(ForumService.class, "choices", ANYONE, () -> forums.choices(null, PAGE)),
                new Action(ForumService.class, "listPublic", ANYONE, () -> forums.listPublic(ForumFilter.ANY, PAGE)),
                new Action(ForumService.class, "countPublic", ANYONE, () -> forums.countPublic(ForumFilter.ANY)),
                new Action(ForumService.class, "findPublic", ANYONE, () -> forums.findPublic(FORUM)),
                new Action(ForumService.class, "isPublic", ANYONE, () -> forums.isPublic(FORUM)),
                new Action(ForumService.class, "access", ANYONE, () -> forums.access(FORUM)),
                new Action(ForumService.class, "get", ANYONE, () -> forums.get(FORUM)),
                new Action(ForumService.class, "find", ANYONE, () -> forums.find(FORUM)),
                new Action(ForumService.class, "canManage", ANYONE, () -> forums.canManage(forums.get(FORUM))),
                new Action(ForumService.class, "actions", ANYONE, () -> forums.actions(forums.get(FORUM))),
                new Action(ForumService.class, "mayCreate", ANYONE, forums::mayCreate),
                new Action(ForumService.class, "create", MODERATORS, () -> forums.create(EMPTY_FORUM)),
                // a moderator who is not one of this forum's moderators is refused by the service's own check
                new Action(ForumService.class, "update", ADMIN_ONLY, () -> forums.update(FORUM, -1, EMPTY_FORUM)),
                new Action(ForumService.class, "archive", ADMIN_ONLY, () -> forums.archive(FORUM, -1)),
                new Action(ForumService.class, "reopen", ADMIN_ONLY, () -> forums.reopen(FORUM, -1)),
                new Action(SearchService.class, "list", ANYONE, () -> search.list(SearchQuery.ANY, PAGE)),
                new Action(SearchService.class, "count", ANYONE, () -> search.count(SearchQuery.ANY)),
                new Action(SearchService.class, "listPublic", ANYONE, () -> search.listPublic(SearchQuery.ANY, PAGE)),
                new Action(SearchService.class, "countPublic", ANYONE, () -> search.countPublic(SearchQuery.ANY)),
                new Action(SearchService.class, "countCap", ANYONE, () -> SearchService.countCap(SearchQuery.ANY)),
                new Action(SearchService.class, "listPublicAfter", ANYONE, () -> search.listPublicAfter(SearchQuery.ANY,
                        new eu.buyzet.portal.search.ListCursor(java.time.Instant.now(), NO_SUBMISSION), 20)),
                new Action(SearchService.class, "findNamed", ANYONE,
                        () -> search.findNamed(SearchQuery.ANY.withText("avfall"), java.util.Locale.ENGLISH)),
                new Action(SubmissionService.class, "findPublic", ANYONE, () -> submissions.findPublic(NO_SUBMISSION)),
                new Action(SubmissionService.class, "get", ANYONE, () -> submissions.get(NO_SUBMISSION)),
                new Action(SubmissionService.class, "find", ANYONE, () -> submissions.find(NO_SUBMISSION)),
                new Action(SubmissionService.class, "mine", AUTHORS, () -> submissions.mine(null, PAGE)),
                new Action(SubmissionService.class, "countMine", AUTHORS, () -> submissions.countMine(null)),
                new Action(SearchService.class, "publishingOrganisations", ANYONE,
                        () -> search.publishingOrganisations("", 0, 50)),
                new Action(SearchService.class, "publishingOrganisation", ANYONE,
                        () -> search.publishingOrganisation(OrganisationId.of(1))),
                new Action(SubmissionService.class, "canEdit", ANYONE, () -> submissions.canEdit(
                        new eu.buyzet.portal.submission.Submission(NO_SUBMISSION, FORUM, SubmissionKind.NEED, "t", "", "",
                                List.of(), eu.buyzet.portal.submission.SubmissionStatus.DRAFT, false, null, MemberId.of(1),
                                "", OrganisationId.of(1), "", null, null, null, 0))),
                new Action(SubmissionService.class, "canModerate", ANYONE, () -> submissions.canModerate(
                        new eu.buyzet.portal.submission.Submission(NO_SUBMISSION, FORUM, SubmissionKind.NEED, "t", "", "",
                                List.of(), eu.buyzet.portal.submission.SubmissionStatus.DRAFT, false, null, MemberId.of(1),
                                "", OrganisationId.of(1), "", null, null, null, 0))),
                new Action(SubmissionService.class, "postable", ANYONE, () -> submissions.postable(forums.get(FORUM))),
                new Action(SubmissionService.class, "create", AUTHORS, () -> submissions.create(EMPTY_SUBMISSION)),
                new Action(SubmissionService.class, "update", AUTHORS, () -> submissions.update(NO_SUBMISSION, 0, EMPTY_SUBMISSION)),
                new Action(SubmissionService.class, "publish", AUTHORS, () -> submissions.publish(NO_SUBMISSION, 0)),
                new Action(SubmissionService.class, "withdraw", AUTHORS, () -> submissions.withdraw(NO_SUBMISSION, 0)),
                new Action(SubmissionService.class, "hide", MODERATORS, () -> submissions.hide(NO_SUBMISSION, 0, "r")),
                new Action(SubmissionService.class, "restore", MODERATORS, () -> submissions.restore(NO_SUBMISSION, 0)),
                new Action(CommentService.class, "conversation", ANYONE, () -> comments.conversation(A_PAGE, PAGE)),
                new Action(CommentService.class, "add", SIGNED_IN, () -> comments.add(NO_SUBMISSION, null, "")),
                new Action(CommentService.class, "edit", SIGNED_IN, () -> comments.edit(NO_COMMENT, 0, "")),
                new Action(CommentService.class, "hide", MODERATORS, () -> comments.hide(NO_COMMENT, 0, "r")),
                new Action(CommentService.class, "restore", MODERATORS, () -> comments.restore(NO_COMMENT, 0)),
                new Action(CommentService.class, "get", ANYONE, () -> comments.get(NO_COMMENT)),
                new Action(CommentService.class, "forFollowers", ANYONE, () -> comments.forFollowers(NO_COMMENT)),
                new Action(CommentService.class, "awaitingReview", MODERATORS, () -> comments.awaitingReview(PAGE)),
                new Action(CommentService.class, "countAwaitingReview", MODERATORS, comments::countAwaitingReview),
                new Action(CommentService.class, "review", MODERATORS, () -> comments.review(NO_COMMENT, 0, false, "")),
                new Action(SubmissionService.class, "forFollowers", ANYONE, () -> submissions.forFollowers(NO_SUBMISSION)),
                new Action(SubmissionService.class, "stillForFollowers", ANYONE,
                        () -> submissions.stillForFollowers(List.of(NO_SUBMISSION))),
                new Action(SubmissionService.class, "page", ANYONE, () -> submissions.page(NO_SUBMISSION)),
                new Action(SubmissionService.class, "editor", AUTHORS, () -> submissions.editor(NO_SUBMISSION)),
                new Action(SubmissionService.class, "newEditor", AUTHORS,
                        () -> submissions.newEditor(ForumId.of(987_654), SubmissionKind.NEED)),
                new Action(ModerationService.class, "canFlag", ANYONE, () -> moderation.canFlag(A_SUBMISSION)),
                new Action(ModerationService.class, "canFlag", ANYONE, () -> moderation.canFlag(A_COMMENT)),
                new Action(ModerationService.class, "flaggedByMyOrganisation", ANYONE,
                        () -> moderation.flaggedByMyOrganisation(new FlagTarget(NO_SUBMISSION, null))),
                new Action(ModerationService.class, "flag", SIGNED_IN,
                        () -> moderation.flag(new FlagTarget(NO_SUBMISSION, null), FlagReason.SPAM, "")),
                new Action(ModerationService.class, "queue", MODERATORS, () -> moderation.queue(null, PAGE)),
                new Action(ModerationService.class, "queueSize", MODERATORS, () -> moderation.queueSize(FlagReason.SPAM)),
                new Action(ModerationService.class, "review", MODERATORS,
                        () -> moderation.review(new FlagTarget(NO_SUBMISSION, null), Decision.RESTORE, "")),
                new Action(ModerationService.class, "reviewAll", MODERATORS,
                        () -> moderation.reviewAll(List.of(new FlagTarget(NO_SUBMISSION, null)), Decision.RESTORE, "")),
                new Action(InterestService.class, "count", ANYONE, () -> interests.count(NO_SUBMISSION)),
                new Action(InterestService.class, "isMarked", ANYONE, () -> interests.isMarked(NO_SUBMISSION)),
                new Action(InterestService.class, "canMark", ANYONE, () -> interests.canMark(A_PAGE)),
                new Action(InterestService.class, "canSeeWho", ANYONE, () -> interests.canSeeWho(A_SUBMISSION)),
                new Action(InterestService.class, "mark", AUTHORS, () -> interests.mark(NO_SUBMISSION)),
                new Action(InterestService.class, "unmark", AUTHORS, () -> interests.unmark(NO_SUBMISSION)),
                new Action(InterestService.class, "interested", SIGNED_IN, () -> interests.interested(NO_SUBMISSION, PAGE)),
                new Action(AttachmentService.class, "list", ANYONE, () -> attachments.list(NO_SUBMISSION)),
                new Action(AttachmentService.class, "add", AUTHORS,
                        () -> attachments.add(NO_SUBMISSION, "a.pdf", false, java.nio.file.Path.of("missing"))),
                new Action(AttachmentService.class, "remove", AUTHORS, () -> attachments.remove(NO_ATTACHMENT)),
                new Action(AttachmentService.class, "download", ANYONE,
                        () -> attachments.download(NO_ATTACHMENT, a -> java.io.OutputStream.nullOutputStream())),
                new Action(AuditTrail.class, "record", ANYONE, () -> audit.record("test.matrix", "test", 0, java.util.Map.of())),
                new Action(AuditTrail.class, "recordAccess", ANYONE,
                        () -> audit.recordAccess("test.matrix", "test", 0, java.util.Map.of())),
                new Action(AuditTrail.class, "about", ADMIN_ONLY, () -> audit.about("test", 0, 1)),
                new Action(AuditTrail.class, "search", ADMIN_ONLY, () -> audit.search(AuditFilter.ANY, PAGE)),
                new Action(AuditTrail.class, "count", ADMIN_ONLY, () -> audit.count(AuditFilter.ANY)),
                new Action(AuditTrail.class, "exportCsv", ADMIN_ONLY, () -> {
                    try {
                        audit.exportCsv(new AuditFilter("test.matrix", null, null, null, null, null),
                                java.io.OutputStream.nullOutputStream());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                new Action(FootprintService.class, "factorSets", ANYONE, footprints::factorSets),
                new Action(FootprintService.class, "factorSet", ANYONE, () -> footprints.factorSet("no-2025")),
                new Action(FootprintService.class, "defaultFactorSet", ANYONE, footprints::defaultFactorSet),
                new Action(FootprintService.class, "calculate", ANYONE, () -> footprints.calculate(null, List.of())),
                new Action(FootprintService.class, "previewImport", ADMIN_ONLY, () -> footprints.previewImport("")),
                new Action(FootprintService.class, "importFactorSet", ADMIN_ONLY, () -> footprints.importFactorSet("")),
                new Action(FootprintService.class, "makeDefault", ADMIN_ONLY, () -> footprints.makeDefault("nope")),
                new Action(SolutionAnswers.class, "answerable", SUPPLIERS, () -> solutionAnswers.answerable(NO_SUBMISSION)),
                new Action(SolutionAnswers.class, "offer", SUPPLIERS,
                        () -> solutionAnswers.offer(NO_SUBMISSION, EMPTY_SUBMISSION)),
                new Action(SolutionAnswers.class, "answeredNeed", ANYONE, () -> solutionAnswers.answeredNeed(A_SUBMISSION)),
                new Action(SolutionAnswers.class, "answering", ANYONE, () -> solutionAnswers.answering(A_SUBMISSION)),
                new Action(SolutionAnswers.class, "answeredNeedsPublic", ANYONE,
                        () -> solutionAnswers.answeredNeedsPublic(List.of(A_SUBMISSION))),
                new Action(DeclarationService.class, "baselineFromNeed", SUPPLIERS,
                        () -> declarations.baselineFromNeed(NO_SUBMISSION, NO_SUBMISSION)),
                new Action(BuyerGroupShares.class, "startingShare", AGENCIES,
                        () -> buyerGroupShares.startingShare(NO_SUBMISSION)),
                new Action(DeclarationService.class, "find", ANYONE, () -> declarations.find(NO_SUBMISSION)),
                new Action(DeclarationService.class, "results", ANYONE, () -> declarations.results(NO_SUBMISSION)),
                new Action(DeclarationService.class, "preview", ANYONE, () -> declarations.preview(NO_SUBMISSION)),
                new Action(DeclarationService.class, "card", ANYONE, () -> declarations.card(A_PAGE)),
                new Action(DeclarationService.class, "declare", AUTHORS,
                        () -> declarations.declare(NO_SUBMISSION, -1, List.of(), List.of())),
                new Action(DeclarationService.class, "recompute", SIGNED_IN, () -> declarations.recompute(NO_SUBMISSION)),
                new Action(SubmissionService.class, "linkedNeeds", ANYONE, () -> submissions.linkedNeeds(NO_SUBMISSION)),
                new Action(SubmissionService.class, "linkableNeeds", ANYONE, () -> submissions.linkableNeeds(NO_SUBMISSION)),
                new Action(SubmissionService.class, "linkNeeds", AGENCIES, () -> submissions.linkNeeds(NO_SUBMISSION, List.of())),
                new Action(DeclarationService.class, "proposalFootprint", ANYONE,
                        () -> declarations.proposalFootprint(NO_SUBMISSION)),
                new Action(BuyerGroupService.class, "get", ANYONE, () -> buyerGroups.get(NO_GROUP)),
                new Action(BuyerGroupService.class, "formsGroups", ANYONE, buyerGroups::formsGroups),
                new Action(BuyerGroupService.class, "memberOrganisations", ANYONE,
                        () -> buyerGroups.memberOrganisations(NO_GROUP)),
                new Action(PriorityAreaService.class, "mayCreate", ANYONE, priorityAreas::mayCreate),
                new Action(PriorityAreaService.class, "get", ANYONE, () -> priorityAreas.get(NO_AREA)),
                new Action(PriorityAreaService.class, "list", ANYONE, priorityAreas::list),
                new Action(PriorityAreaService.class, "page", ANYONE, () -> priorityAreas.page(NO_AREA)),
                new Action(PriorityAreaService.class, "agencyChoices", AGENCIES, () -> priorityAreas.agencyChoices(null)),
                new Action(PriorityAreaService.class, "contractsInCategory", AGENCIES,
                        () -> priorityAreas.contractsInCategory("905")),
                new Action(PriorityAreaService.class, "create", AGENCIES, () -> priorityAreas.create(EMPTY_AREA)),
                new Action(PriorityAreaService.class, "update", AGENCIES, () -> priorityAreas.update(NO_AREA, 0, EMPTY_AREA)),
                new Action(StrategyService.class, "get", ANYONE, () -> strategyService.get(NO_STRATEGY)),
                new Action(StrategyService.class, "list", ANYONE, strategyService::list),
                new Action(StrategyService.class, "listPublic", ANYONE, strategyService::listPublic),
                new Action(StrategyService.class, "findPublic", ANYONE, () -> strategyService.findPublic(NO_STRATEGY)),
                new Action(StrategyService.class, "page", ANYONE, () -> strategyService.page(NO_STRATEGY)),
                new Action(StrategyService.class, "versions", ANYONE, () -> strategyService.versions(NO_STRATEGY)),
                new Action(StrategyService.class, "create", AGENCIES, () -> strategyService.create(NO_AREA, "t")),
                new Action(StrategyService.class, "edit", AGENCIES, () -> strategyService.edit(NO_STRATEGY, 0, "t", "")),
                new Action(StrategyService.class, "putInstrument", AGENCIES,
                        () -> strategyService.putInstrument(NO_STRATEGY, 0, 0, AN_INSTRUMENT)),
                new Action(StrategyService.class, "removeInstrument", AGENCIES,
                        () -> strategyService.removeInstrument(NO_STRATEGY, 0, 0)),
                new Action(StrategyService.class, "planScenario", AGENCIES,
                        () -> strategyService.planScenario(NO_STRATEGY, 0, List.of())),
                new Action(StrategyService.class, "computeScenario", AGENCIES,
                        () -> strategyService.computeScenario(NO_STRATEGY, 0)),
                new Action(StrategyWorkflow.class, "sendToConsultation", AGENCIES,
                        () -> strategyWorkflow.sendToConsultation(NO_STRATEGY, 0)),
                new Action(StrategyWorkflow.class, "adopt", AGENCIES, () -> strategyWorkflow.adopt(NO_STRATEGY, 0)),
                new Action(StrategyWorkflow.class, "newVersion", AGENCIES, () -> strategyWorkflow.newVersion(NO_STRATEGY)),
                new Action(StrategyWorkflow.class, "comment", SIGNED_IN, () -> strategyWorkflow.comment(NO_STRATEGY, "c")),
                new Action(BuyerGroupService.class, "forProposal", ANYONE, () -> buyerGroups.forProposal(A_SUBMISSION)),
                new Action(BuyerGroupService.class, "list", ANYONE, () -> buyerGroups.list(null, PAGE)),
                new Action(BuyerGroupService.class, "find", ANYONE, () -> buyerGroups.find("avfall", 5)),
                new Action(BuyerGroupService.class, "awaitingMe", SIGNED_IN, () -> buyerGroups.awaitingMe(1)),
                new Action(BuyerGroupService.class, "count", ANYONE, () -> buyerGroups.count(null)),
                new Action(BuyerGroupService.class, "listPublic", ANYONE, () -> buyerGroups.listPublic(null, PAGE)),
                new Action(BuyerGroupService.class, "countPublic", ANYONE, () -> buyerGroups.countPublic(null)),
                new Action(BuyerGroupService.class, "steps", ANYONE, () -> buyerGroups.steps(NO_GROUP)),
                new Action(BuyerGroupService.class, "page", ANYONE, () -> buyerGroups.page(NO_GROUP)),
                new Action(BuyerGroupService.class, "publicPage", ANYONE, () -> buyerGroups.publicPage(NO_GROUP)),
                new Action(BuyerGroupExports.class, "publicOcdsRelease", ANYONE,
                        () -> buyerGroupExports.publicOcdsRelease(NO_GROUP, "ocds-test", "https://example.org")),
                new Action(BuyerGroupExports.class, "membersCsv", ANYONE, () -> buyerGroupExports.membersCsv(NO_GROUP)),
                new Action(PublicStrategies.class, "list", ANYONE, () -> publicStrategies.list(PAGE)),
                // the documents follow the strategy's page: an unknown strategy is not found for anyone
                new Action(StrategyFiles.class, "dossier", ANYONE,
                        () -> strategyFiles.dossier(NO_STRATEGY, java.util.Locale.ENGLISH)),
                new Action(StrategyFiles.class, "pdf", ANYONE, () -> strategyFiles.pdf(NO_STRATEGY, java.util.Locale.ENGLISH)),
                new Action(StrategyFiles.class, "docx", ANYONE, () -> strategyFiles.docx(NO_STRATEGY, java.util.Locale.ENGLISH)),
                new Action(PublicStrategies.class, "count", ANYONE, () -> publicStrategies.count()),
                new Action(PublicStrategies.class, "get", ANYONE, () -> publicStrategies.get(StrategyId.of(-1))),
                new Action(PublicStrategies.class, "find", ANYONE, () -> publicStrategies.find(StrategyId.of(-1))),
                new Action(BuyerGroupExports.class, "ocdsRelease", ANYONE,
                        () -> buyerGroupExports.ocdsRelease(NO_GROUP, "ocds-test", "https://example.org")),
                new Action(BuyerGroupLifecycle.class, "form", AGENCIES,
                        () -> buyerGroupLifecycle.form(NO_SUBMISSION, null, null)),
                new Action(BuyerGroupLifecycle.class, "mayForm", ANYONE,
                        () -> buyerGroupLifecycle.mayForm(A_SUBMISSION)),
                new Action(BuyerGroupLifecycle.class, "commit", AGENCIES, () -> buyerGroupLifecycle.commit(A_GROUP)),
                new Action(BuyerGroupLifecycle.class, "startTendering", AGENCIES,
                        () -> buyerGroupLifecycle.startTendering(A_GROUP, null)),
                new Action(BuyerGroupLifecycle.class, "award", AGENCIES, () -> buyerGroupLifecycle.award(A_GROUP)),
                new Action(BuyerGroupLifecycle.class, "cancel", SIGNED_IN, () -> buyerGroupLifecycle.cancel(A_GROUP, "x")),
                new Action(BuyerGroupShares.class, "members", ANYONE, () -> buyerGroupShares.members(NO_GROUP)),
                new Action(BuyerGroupShares.class, "myMembership", ANYONE, () -> buyerGroupShares.myMembership(NO_GROUP)),
                new Action(BuyerGroupShares.class, "demand", ANYONE, () -> buyerGroupShares.demand(NO_GROUP)),
                new Action(BuyerGroupShares.class, "footprintChoices", AGENCIES, () -> buyerGroupShares.footprintChoices()),
                new Action(BuyerGroupShares.class, "join", AGENCIES, () -> buyerGroupShares.join(A_GROUP, NO_SHARE)),
                new Action(BuyerGroupShares.class, "changeShare", AGENCIES,
                        () -> buyerGroupShares.changeShare(A_GROUP, 0, NO_SHARE)),
                new Action(BuyerGroupShares.class, "leave", AGENCIES, () -> buyerGroupShares.leave(A_GROUP)),
                new Action(BuyerGroupShares.class, "signLetterOfIntent", AGENCIES,
                        () -> buyerGroupShares.signLetterOfIntent(A_GROUP, "x")),
                new Action(BuyerGroupInterest.class, "registerInterest", SUPPLIERS,
                        () -> buyerGroupInterest.registerInterest(A_GROUP, null, "x", List.of())),
                new Action(BuyerGroupInterest.class, "withdrawInterest", SUPPLIERS,
                        () -> buyerGroupInterest.withdrawInterest(A_GROUP)),
                new Action(BuyerGroupInterest.class, "solutionChoices", SUPPLIERS,
                        () -> buyerGroupInterest.solutionChoices()),
                new Action(BuyerGroupInterest.class, "myInterest", ANYONE, () -> buyerGroupInterest.myInterest(NO_GROUP)),
                new Action(BuyerGroupInterest.class, "interests", ANYONE, () -> buyerGroupInterest.interests(NO_GROUP)),
                new Action(NotificationService.class, "unreadCount", SIGNED_IN, notifications::unreadCount),
                // the bell's push counts with no one signed in; a number of notices tells nothing of them
                new Action(NotificationService.class, "unreadCountOf", ANYONE,
                        () -> notifications.unreadCountOf(MemberId.of(Long.MAX_VALUE))),
                new Action(NotificationService.class, "latest", SIGNED_IN, notifications::latest),
                new Action(NotificationService.class, "markAllRead", SIGNED_IN, notifications::markAllRead),
                new Action(NotificationService.class, "preferences", SIGNED_IN, notifications::preferences),
                new Action(NotificationService.class, "following", SIGNED_IN, notifications::following),
                new Action(NotificationService.class, "isFollowing", SIGNED_IN,
                        () -> notifications.isFollowing(SubscriptionKind.FORUM, "1")),
                new Action(NotificationService.class, "follow", SIGNED_IN,
                        () -> notifications.follow(SubscriptionKind.SEARCH, " ", null)),
                new Action(NotificationService.class, "unfollow", SIGNED_IN, () -> notifications.unfollow(eu.buyzet.portal.notification.SubscriptionId.of(987_654L))),
                new Action(NotificationService.class, "setPreference", SIGNED_IN,
                        () -> notifications.setPreference(null, null)),
                new Action(NotificationService.class, "mail", ANYONE,
                        () -> notifications.mail("x@example.org", "en", "test-matrix", "mail.subject", "mail.open", "x")),
                new Action(DialogueService.class, "get", ANYONE, () -> dialogueService.get(NO_DIALOGUE)),
                new Action(DialogueService.class, "howToStart", ANYONE, dialogueService::howToStart),
                new Action(DialogueService.class, "list", ANYONE, () -> dialogueService.list(null, PAGE)),
                new Action(DialogueService.class, "find", ANYONE, () -> dialogueService.find("avfall", 5)),
                new Action(DialogueService.class, "count", ANYONE, () -> dialogueService.count(null)),
                new Action(DialogueService.class, "listPublic", ANYONE, () -> dialogueService.listPublic(PAGE)),
                new Action(DialogueService.class, "countPublic", ANYONE, dialogueService::countPublic),
                new Action(DialogueService.class, "findPublic", ANYONE, () -> dialogueService.findPublic(NO_DIALOGUE)),
                new Action(DialogueService.class, "publishedQuestions", ANYONE,
                        () -> dialogueService.publishedQuestions(A_DIALOGUE)),
                new Action(DialogueService.class, "publicMeetings", ANYONE, () -> dialogueService.publicMeetings(A_DIALOGUE)),
                new Action(DialoguePageService.class, "page", ANYONE, () -> dialoguePages.page(NO_DIALOGUE)),
                new Action(DialoguePageService.class, "awaitingMe", SIGNED_IN, () -> dialoguePages.awaitingMe(1)),
                new Action(DialoguePhaseService.class, "mayOpenIn", ANYONE, () -> dialoguePhases.mayOpenIn(forums.get(FORUM))),
                new Action(DialoguePhaseService.class, "create", SIGNED_IN, () -> dialoguePhases.create(
                        new DialogueDetails(null, null, "", "", List.of(), null))),
                new Action(DialoguePhaseService.class, "advance", SIGNED_IN, () -> dialoguePhases.advance(A_DIALOGUE)),
                new Action(DialoguePhaseService.class, "register", SUPPLIERS, () -> dialoguePhases.register(A_DIALOGUE)),
                new Action(DialogueQuestionService.class, "ask", SUPPLIERS, () -> dialogueQuestions.ask(A_DIALOGUE, "q")),
                new Action(DialogueQuestionService.class, "answer", SIGNED_IN,
                        () -> dialogueQuestions.answer(A_QUESTION, "q", "a")),
                new Action(DialogueQuestionService.class, "myInput", SUPPLIERS,
                        () -> dialogueQuestions.myInput(A_DIALOGUE)),
                new Action(DialogueQuestionService.class, "submitInput", SUPPLIERS,
                        () -> dialogueQuestions.submitInput(A_DIALOGUE, null, Map.of(), Set.of())),
                new Action(DialogueMeetingService.class, "addMeeting", SIGNED_IN, () -> dialogueMeetings.addMeeting(
                        A_DIALOGUE, new MeetingDetails(null, "", null, null, null, null, null))),
                new Action(DialogueMeetingService.class, "book", SUPPLIERS, () -> dialogueMeetings.book(A_MEETING)),
                new Action(DialogueMeetingService.class, "cancelBooking", SUPPLIERS,
                        () -> dialogueMeetings.cancelBooking(A_MEETING)),
                new Action(DialogueMeetingService.class, "publishMinutes", SIGNED_IN,
                        () -> dialogueMeetings.publishMinutes(A_MEETING, "m")),
                new Action(DialogueExportService.class, "report", ANYONE, () -> dialogueExports.report(A_DIALOGUE, java.util.Locale.ENGLISH)),
                new Action(DialogueExportService.class, "invitation", ANYONE,
                        () -> dialogueExports.invitation(A_MEETING, "https://example.org", java.util.Locale.ENGLISH)),
                new Action(ContractService.class, "canMap", ANYONE, contracts::canMap),
                new Action(ContractService.class, "ownAgency", ANYONE, contracts::ownAgency),
                new Action(ContractService.class, "canEdit", ANYONE, () -> contracts.canEdit(A_CONTRACT)),
                new Action(ContractService.class, "get", CONTRACT_READERS, () -> contracts.get(NO_CONTRACT)),
                new Action(ContractService.class, "rank", CONTRACT_READERS,
                        () -> contracts.rank(null, ContractMetric.CO2E, PAGE)),
                new Action(ContractService.class, "count", CONTRACT_READERS, () -> contracts.count(null)),
                new Action(ContractService.class, "headline", CONTRACT_READERS, contracts::headline),
                new Action(ContractService.class, "rankAll", CONTRACT_READERS,
                        () -> contracts.rankAll(OrganisationId.of(987_654), ContractMetric.TRIPS)),
                new Action(ContractService.class, "byCpvCategory", CONTRACT_READERS,
                        () -> contracts.byCpvCategory(null, ContractMetric.NOX, CpvLevel.GROUP)),
                new Action(ContractService.class, "agencies", CONTRACT_READERS, contracts::agencies),
                new Action(eu.buyzet.portal.contract.CvdTargetService.class, "compare", CONTRACT_READERS,
                        () -> cvdTargets.compare(NO_CONTRACT, "NO")),
                new Action(eu.buyzet.portal.contract.CvdTargetService.class, "factsOf", CONTRACT_READERS,
                        () -> cvdTargets.factsOf(List.of())),
                new Action(ContractService.class, "create", AGENCIES,
                        () -> contracts.create(new ContractDetails("", "", List.of(), "", null, null, null, List.of()))),
                new Action(ContractService.class, "update", AGENCIES, () -> contracts.update(NO_CONTRACT, 0,
                        new ContractDetails("", "", List.of(), "", null, null, null, List.of()))),
                new Action(ContractService.class, "delete", AGENCIES, () -> contracts.delete(NO_CONTRACT, 0)),
                new Action(ContractService.class, "createNeed", AGENCIES,
                        () -> contracts.createNeed(NO_CONTRACT, FORUM, "", "")),
                // every demo contract is computed with the default set already, so this changes nothing
                new Action(ContractService.class, "recomputeMine", AGENCIES, contracts::recomputeMine),
                // "anonymous" here is an empty security context, as at start-up; a web visitor carries an
                // anonymous authentication and is refused too (DemoStrategiesIT)
                new Action(eu.buyzet.portal.contract.StartUpContracts.class, "read", EnumSet.of(Who.ANONYMOUS),
                        () -> startUpContracts.read(List.of())),
                new Action(ContractService.class, "proposedCategory", ANYONE,
                        () -> contracts.proposedCategory(List.of("90511000-2"))),
                new Action(ContractService.class, "estimateFromSpend", AGENCIES,
                        () -> contracts.estimateFromSpend(List.of(), null, null)),
                new Action(ContractService.class, "spendRatios", CONTRACT_READERS, contracts::spendRatios),
                new Action(ContractService.class, "canEditSpendRatios", ANYONE, contracts::canEditSpendRatios),
                new Action(ContractService.class, "saveSpendRatio", ADMIN_ONLY, () -> contracts.saveSpendRatio(null, 0,
                        new eu.buyzet.portal.contract.SpendRatioDetails("", null, null, null, null, null, ""))));
    }

    /**
     * What an allowed call may end in besides returning: the service looked at the input after its
     * security check and refused it. Anything else (a NullPointerException, a database error, an
     * IllegalStateException) is a bug in the service or a row that does not test what it claims.
     */
    private static final List<Class<? extends RuntimeException>> REJECTED_AFTER_THE_SECURITY_CHECK = List.of(
            ValidationException.class, NotFoundException.class, ConcurrentEditException.class);

    @TestFactory
    Stream<DynamicTest> each_role_may_call_exactly_the_service_methods_meant_for_it() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Action action : actions()) {
            for (Who who : Who.values()) {
                boolean allowed = action.allowed().contains(who);
                tests.add(DynamicTest.dynamicTest(who + (allowed ? " may call " : " may not call ") + action.name(), () -> {
                    signInAs(who);
                    if (allowed) {
                        try {
                            action.call().run();
                        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
                            throw new AssertionError(who + " was refused " + action.name(), e);
                        } catch (RuntimeException e) {
                            if (REJECTED_AFTER_THE_SECURITY_CHECK.stream().noneMatch(type -> type.isInstance(e))) {
                                throw new AssertionError(action.name() + " as " + who + " failed with " + e, e);
                            }
                        }
                    } else {
                        assertThatThrownBy(() -> action.call().run())
                                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Every bean of a {@code @Service} class of the portal, so a new service is in the matrix or fails it. */
    @Test
    void the_matrix_covers_every_public_service_method() {
        Set<String> covered = actions().stream().map(Action::name).collect(Collectors.toSet());
        Set<Class<?>> services = context.getBeansWithAnnotation(Service.class).values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> type.isAnnotationPresent(Service.class) && type.getName().startsWith("eu.buyzet.portal."))
                .collect(Collectors.toSet());
        assertThat(services).as("the services found in the application context").contains(OrganisationService.class,
                SignUpService.class, NotificationService.class, AuditTrail.class);
        Set<String> declared = services.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .map(Method::getName).map(name -> type.getSimpleName() + "." + name))
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(declared);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void signInAs(Who who) {
        switch (who) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case AGENCY -> TestUsers.signIn(security, matrixMember(Role.AGENCY));
            case SUPPLIER -> TestUsers.signIn(security, matrixMember(Role.SUPPLIER));
            case MODERATOR -> TestUsers.signIn(security, matrixMember(Role.MODERATOR));
            case ADMIN -> TestUsers.signIn(security, matrixMember(Role.ADMIN));
        }
    }

    /**
     * A member with exactly this role in organisation 1 (as the rows' made-up objects expect), real
     * enough for what an allowed call writes about its actor (the audit trail names them). Inactive,
     * so no other test's mail or notification reaches them; made again after "delete my account".
     */
    private PortalUser matrixMember(Role role) {
        String email = "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT) + "@example.org";
        String name = "Matrix " + role.name();
        long id = jdbc.sql("select id from member where email = ?").param(email).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into member (organisation_id, email, display_name, roles, active)
                                values (1, ?, ?, ?::text[], false) returning id""")
                        .params(email, name, "{" + role.name() + "}").query(Long.class).single());
        return new PortalUser(MemberId.of(id), email, name, OrganisationId.of(1), "Test org", Set.of(role), "en");
    }
}
