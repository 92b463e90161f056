package eu.buyzet.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.buyzet.portal.DisclosureChannels;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestOrganisations;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.notification.Notification;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.security.AccountService;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.privacy.PersonalData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every channel through which submissions, comments, interest marks and attachments leave the
 * portal (search's lists are {@code search.SearchDisclosureParityIT}'s), read as every kind of reader; each must disclose exactly what {@link SubmissionDisclosure}
 * allows. Open API and attachment downloads go through their HTTP handlers.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionDisclosureParityIT {

    enum Reader { ANONYMOUS, OTHER_SUPPLIER, OWNER, AGENCY, MODERATOR, ADMIN, PENDING }

    private static final PageRequest ALL = new PageRequest(0, 500);
    private static final String HIDE_REASON = "Skjult i paritetstesten";
    private static final String COMMENT_HIDE_REASON = "Uthengning av en konkurrent";
    private static final String OWNER = "supplier@demo.buyzet.eu";
    private static final String OTHER_SUPPLIER = "supplier2@demo.buyzet.eu";
    private static final String AGENCY = "agency@demo.buyzet.eu";
    private static final String FOLLOWER = "agency3@demo.buyzet.eu";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired SubmissionService submissions;
    @Autowired SolutionAnswers answers;
    @Autowired CommentService comments;
    @Autowired InterestService interests;
    @Autowired AttachmentService attachments;
    @Autowired DeclarationService declarations;
    @Autowired NotificationService notifications;
    @Autowired AccountService accounts;
    @Autowired List<PersonalData> personalData;
    @Autowired WebApplicationContext web;

    private MockMvc http;
    private String token;
    private String needToken;
    private String pending;
    private String pendingOrganisation;
    private final Map<String, Submission> posts = new LinkedHashMap<>();
    private Submission need;
    private Submission hiddenNeed;
    private Submission proposal;
    /** A published solution that answers the hidden need. */
    private Submission answersHiddenNeed;
    private Attachment publicFile;
    private Attachment secretFile;
    private Attachment draftFile;
    private Comment visible;
    private Comment hiddenComment;
    private Comment waiting;

    private static String word() {
        StringBuilder w = new StringBuilder("paritet");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private PortalUser as(Reader reader) {
        return switch (reader) {
            case ANONYMOUS -> {
                TestUsers.signOut(security);
                yield null;
            }
            case OTHER_SUPPLIER -> TestUsers.signIn(security, jdbc, OTHER_SUPPLIER);
            case OWNER -> TestUsers.signIn(security, jdbc, OWNER);
            case AGENCY -> TestUsers.signIn(security, jdbc, AGENCY);
            case MODERATOR -> TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
            case ADMIN -> TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
            case PENDING -> TestUsers.signIn(security, jdbc, pending);
        };
    }

    private Submission post(String email, SubmissionKind kind, String title, String body) {
        as(email);
        ForumId forum = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission draft = submissions.create(new SubmissionDraft(forum, kind, title, "Sammendrag " + title, body,
                List.of("90511000-2")));
        return TestFootprints.declared(declarations, draft);
    }

    private Submission published(String email, SubmissionKind kind, String title, String body) {
        Submission draft = post(email, kind, title, body);
        return submissions.publish(draft.id(), draft.version());
    }

    private Attachment file(Submission s, String name, boolean confidential) throws Exception {
        Path pdf = Files.createTempFile("parity", ".pdf");
        Files.write(pdf, ("%PDF-1.7\n% " + name + "\n").getBytes(StandardCharsets.ISO_8859_1));
        try {
            return attachments.add(s.id(), name, confidential, pdf);
        } finally {
            Files.delete(pdf);
        }
    }

    @BeforeAll
    void build() throws Exception {
        http = MockMvcBuilders.webAppContextSetup(web).build();
        token = word();
        needToken = word();
        pendingOrganisation = "Kasteball Konkurrent AS " + token;
        pending = TestOrganisations.pendingSupplier(jdbc, pendingOrganisation);
        ForumId forum = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        as(FOLLOWER);
        notifications.follow(SubscriptionKind.FORUM, forum.toString(), "waste");

        posts.put("published", published(OWNER, SubmissionKind.SOLUTION, "Publisert " + token,
                "Synlig tekst om " + token + " og elbiler."));
        as(FOLLOWER);
        notifications.follow(SubscriptionKind.SUBMISSION, posts.get("published").id().toString(), "published");
        posts.put("draft", post(OWNER, SubmissionKind.SOLUTION, "Utkast " + token, "utkastord " + token));
        Submission toHide = published(OWNER, SubmissionKind.SOLUTION, "Skjult " + token, "skjultord " + token);
        Submission toWithdraw = published(OWNER, SubmissionKind.SOLUTION, "Trukket " + token, "trukketord " + token);
        posts.put("withdrawn", submissions.withdraw(toWithdraw.id(), toWithdraw.version()));
        Submission awaiting = post(pending, SubmissionKind.SOLUTION, "Venter " + token, "ventord " + token);
        posts.put("awaiting", submissions.publish(awaiting.id(), awaiting.version()));
        assertThat(posts.get("awaiting").status()).isEqualTo(SubmissionStatus.AWAITING_REVIEW);

        as(OWNER);
        publicFile = file(posts.get("published"), "offentlig-" + token + ".pdf", false);
        secretFile = file(posts.get("published"), "hemmelig-" + token + ".pdf", true);
        draftFile = file(posts.get("draft"), "utkast-" + token + ".pdf", false);

        as(AGENCY);
        interests.mark(posts.get("published").id());
        need = published(AGENCY, SubmissionKind.NEED, "Behov " + needToken, "Behov");
        Submission needToHide = published(AGENCY, SubmissionKind.NEED, "Skjult behov " + needToken, "Behov");
        Submission p = published(AGENCY, SubmissionKind.PROPOSAL, "Forslag " + needToken, "Forslag");
        submissions.linkNeeds(p.id(), List.of(need.id(), needToHide.id()));
        proposal = submissions.get(p.id());

        as(OTHER_SUPPLIER);
        visible = comments.add(posts.get("published").id(), null, "Synlig kommentar " + token);
        as("agency2@demo.buyzet.eu");
        Comment toHideComment = comments.add(posts.get("published").id(), null, "kommentarord skjult " + token);
        as(pending);
        waiting = comments.add(posts.get("published").id(), null, "kommentarord venter " + token);
        assertThat(waiting.status()).isEqualTo(CommentStatus.AWAITING_REVIEW);

        // every post answers the published need, as if offered from its page while it was open to them
        jdbc.sql("update submission set answers_need_id = ? where id = any (?)").params(need.id().value(),
                java.util.stream.Stream.concat(posts.values().stream(), java.util.stream.Stream.of(toHide))
                        .map(s -> s.id().value()).toArray(Long[]::new)).update();
        // named with the needs' word, not the posts' one, so that the rows counting posts leave it out
        Submission toAnswerHidden = post(OWNER, SubmissionKind.SOLUTION, "Svar " + needToken, "Svar");
        answersHiddenNeed = submissions.publish(toAnswerHidden.id(), toAnswerHidden.version());
        jdbc.sql("update submission set answers_need_id = ? where id = ?").params(needToHide.id().value(),
                answersHiddenNeed.id().value()).update();

        as("moderator@demo.buyzet.eu");
        posts.put("hidden", submissions.hide(toHide.id(), toHide.version(), HIDE_REASON));
        hiddenNeed = submissions.hide(needToHide.id(), needToHide.version(), "Dobbelt");
        hiddenComment = comments.hide(toHideComment.id(), toHideComment.version(), COMMENT_HIDE_REASON);
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** One row per channel: what it shows each reader. */
    private Map<String, Consumer<Reader>> rows() {
        Map<String, Consumer<Reader>> rows = new LinkedHashMap<>();
        rows.put("submission.page", this::page);
        rows.put("submission.mine", this::mine);
        rows.put("submission.linked-needs", this::linkedNeeds);
        rows.put("submission.linkable-needs", this::linkableNeeds);
        rows.put("submission.awaiting-review", this::awaitingReview);
        rows.put("submission.comments", this::threads);
        rows.put("submission.comment", this::comment);
        rows.put("submission.comments-awaiting-review", this::commentsAwaitingReview);
        rows.put("submission.interest-count", this::interestCount);
        rows.put("submission.interested", this::interested);
        rows.put("submission.attachments", this::attachmentList);
        rows.put("submission.attachment-download", this::download);
        rows.put("submission.api-get", this::apiGet);
        rows.put("submission.answered-need", this::answeredNeed);
        rows.put("submission.answering-solutions", this::answeringSolutions);
        rows.put("submission.follower-post", this::followerPost);
        rows.put("submission.follower-comment", this::followerComment);
        rows.put("submission.personal-data", this::personalData);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_channel_discloses_to_each_reader_exactly_what_the_policy_allows() {
        List<DynamicTest> tests = new ArrayList<>();
        rows().forEach((channel, row) -> {
            for (Reader reader : Reader.values()) {
                tests.add(DynamicTest.dynamicTest(channel + " as " + reader, () -> {
                    as(reader);
                    row.accept(reader);
                }));
            }
        });
        return tests.stream();
    }

    @Test
    void every_declared_submission_channel_has_a_row() {
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(DisclosureChannels.of("submission"));
    }

    // --- the policy, per reader --------------------------------------------------------------

    private static Set<String> postsSeenBy(Reader r) {
        return switch (r) {
            case ANONYMOUS, OTHER_SUPPLIER, AGENCY -> Set.of("published");
            case OWNER -> Set.of("published", "draft", "hidden", "withdrawn");
            case MODERATOR, ADMIN -> Set.of("published", "hidden", "withdrawn", "awaiting");
            case PENDING -> Set.of("published", "awaiting");
        };
    }

    private static boolean moderates(Reader r) {
        return r == Reader.MODERATOR || r == Reader.ADMIN;
    }

    private static boolean seesConfidential(Reader r) {
        return r == Reader.OWNER || r == Reader.AGENCY || moderates(r);
    }

    // --- the rows ----------------------------------------------------------------------------

    private void page(Reader r) {
        Set<String> seen = posts.entrySet().stream().filter(e -> {
            try {
                return submissions.get(e.getValue().id()) != null;
            } catch (NotFoundException e1) {
                return false;
            }
        }).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(seen).isEqualTo(postsSeenBy(r));
        if (seen.contains("hidden")) {
            assertThat(submissions.get(posts.get("hidden").id()).hiddenReason()).isEqualTo(HIDE_REASON);
        }
        assertThat(submissions.get(posts.get("published").id()).organisationName()).isEqualTo("Grønn Håndverk AS");
    }

    private void mine(Reader r) {
        if (r == Reader.ANONYMOUS || moderates(r)) {
            assertThatThrownBy(() -> submissions.mine(null, ALL))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            return;
        }
        Set<SubmissionId> mine = submissions.mine(null, ALL).stream().map(Submission::id).collect(Collectors.toSet());
        Set<String> expected = switch (r) {
            case OWNER -> Set.of("published", "draft", "hidden", "withdrawn");
            case PENDING -> Set.of("awaiting");
            default -> Set.of();
        };
        assertThat(posts.entrySet().stream().filter(e -> mine.contains(e.getValue().id())).map(Map.Entry::getKey)
                .collect(Collectors.toSet())).isEqualTo(expected);
    }

    private void linkedNeeds(Reader r) {
        assertThat(submissions.linkedNeeds(proposal.id())).extracting(Submission::id).containsExactly(need.id());
    }

    private void linkableNeeds(Reader r) {
        assertThat(submissions.linkableNeeds(proposal.id())).extracting(Submission::id).contains(need.id())
                .doesNotContain(hiddenNeed.id(), proposal.id());
    }

    private void awaitingReview(Reader r) {
        if (!moderates(r)) {
            assertThatThrownBy(() -> submissions.awaitingReview(ALL))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            return;
        }
        List<SubmissionId> ids = submissions.awaitingReview(ALL).stream().map(Submission::id).toList();
        assertThat(ids).contains(posts.get("awaiting").id()).doesNotContain(posts.get("published").id(),
                posts.get("draft").id(), posts.get("hidden").id(), posts.get("withdrawn").id());
    }

    private void threads(Reader r) {
        SubmissionId s = posts.get("published").id();
        Conversation conversation = comments.conversation(submissions.page(s), ALL);
        List<Comment> threads = conversation.threads();
        boolean seesWaiting = moderates(r) || r == Reader.PENDING;
        List<CommentId> expected = seesWaiting ? List.of(visible.id(), hiddenComment.id(), waiting.id())
                : List.of(visible.id(), hiddenComment.id());
        assertThat(threads).extracting(Comment::id).containsExactlyElementsOf(expected);
        assertThat(threads.get(0).body()).isEqualTo(visible.body());
        Comment hidden = threads.get(1);
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.authorName()).isEqualTo(hiddenComment.authorName());
        assertThat(hidden.body()).isEqualTo(moderates(r) ? hiddenComment.body() : "");
        assertThat(hidden.hiddenReason()).isEqualTo(moderates(r) ? COMMENT_HIDE_REASON : "");
        if (seesWaiting) {
            assertThat(threads.get(2).status()).isEqualTo(CommentStatus.AWAITING_REVIEW);
            assertThat(threads.get(2).body()).isEqualTo(waiting.body());
        }
        assertThat(conversation.commentCount()).isEqualTo(expected.size());
        assertThat(conversation.threadCount()).isEqualTo(expected.size());
    }

    private void comment(Reader r) {
        assertThat(comments.get(visible.id()).body()).isEqualTo(visible.body());
        Comment hidden = comments.get(hiddenComment.id());
        assertThat(hidden.body()).isEqualTo(moderates(r) ? hiddenComment.body() : "");
        assertThat(hidden.hiddenReason()).isEqualTo(moderates(r) ? COMMENT_HIDE_REASON : "");
        if (moderates(r) || r == Reader.PENDING) {
            assertThat(comments.get(waiting.id()).body()).isEqualTo(waiting.body());
        } else {
            assertThatThrownBy(() -> comments.get(waiting.id())).isInstanceOf(NotFoundException.class);
        }
    }

    private void commentsAwaitingReview(Reader r) {
        if (!moderates(r)) {
            assertThatThrownBy(() -> comments.awaitingReview(ALL))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            return;
        }
        List<CommentAwaitingReview> all = comments.awaitingReview(ALL);
        assertThat(all).extracting(w -> w.comment().id()).contains(waiting.id())
                .doesNotContain(visible.id(), hiddenComment.id());
        assertThat(all).filteredOn(w -> w.comment().id().equals(waiting.id())).singleElement()
                .satisfies(w -> assertThat(w.submissionTitle()).isEqualTo(posts.get("published").title()));
    }

    private void interestCount(Reader r) {
        assertThat(interests.count(posts.get("published").id())).isEqualTo(1);
        if (r == Reader.OWNER) {
            assertThat(interests.count(posts.get("draft").id())).isZero();
        } else {
            assertThatThrownBy(() -> interests.count(posts.get("draft").id())).isInstanceOf(NotFoundException.class);
        }
    }

    private void interested(Reader r) {
        SubmissionId s = posts.get("published").id();
        if (r == Reader.OWNER || moderates(r)) {
            assertThat(interests.interested(s, ALL)).extracting(InterestedOrganisation::organisationName)
                    .containsExactly("Renovasjons- og gjenvinningsetaten (Oslo kommune)");
        } else {
            assertThat(interests.canSeeWho(submissions.get(s))).isFalse();
            assertThatThrownBy(() -> interests.interested(s, ALL))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }
    }

    private void attachmentList(Reader r) {
        List<String> names = attachments.list(posts.get("published").id()).stream().map(Attachment::fileName).toList();
        assertThat(names).containsExactlyElementsOf(seesConfidential(r)
                ? List.of(publicFile.fileName(), secretFile.fileName()) : List.of(publicFile.fileName()));
        if (r == Reader.OWNER) {
            assertThat(attachments.list(posts.get("draft").id())).extracting(Attachment::fileName)
                    .containsExactly(draftFile.fileName());
        }
    }

    private int status(String path) {
        try {
            return http.perform(get(path)).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    private void download(Reader r) {
        assertThat(status("/attachments/" + publicFile.id())).isEqualTo(200);
        assertThat(status("/attachments/" + secretFile.id())).isEqualTo(seesConfidential(r) ? 200 : 404);
        assertThat(status("/attachments/" + draftFile.id())).isEqualTo(r == Reader.OWNER ? 200 : 404);
    }

    private void apiGet(Reader r) {
        posts.forEach((label, s) -> assertThat(status("/api/v1/submissions/" + s.id())).as(label)
                .isEqualTo(label.equals("published") ? 200 : 404));
        assertThat(body("/api/v1/submissions/" + posts.get("published").id()))
                .contains("\"answersNeed\":" + need.id().value());
        assertThat(body("/api/v1/submissions/" + answersHiddenNeed.id())).as("the need it answers is hidden")
                .contains("\"answersNeed\":null");
    }

    private String body(String path) {
        try {
            return http.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    /** A solution names the need it answers to whoever sees that need: the hidden one to its owner and moderators. */
    private void answeredNeed(Reader r) {
        for (String label : postsSeenBy(r)) {
            assertThat(answers.answeredNeed(submissions.get(posts.get(label).id()))).as(label)
                    .map(Submission::id).contains(need.id());
        }
        boolean seesHiddenNeed = r == Reader.AGENCY || moderates(r);
        assertThat(answers.answeredNeed(answersHiddenNeed)).map(Submission::id)
                .isEqualTo(seesHiddenNeed ? java.util.Optional.of(hiddenNeed.id()) : java.util.Optional.empty());
    }

    /** A need lists the solutions answering it that the reader sees: others' drafts and hidden ones do not exist. */
    private void answeringSolutions(Reader r) {
        Set<SubmissionId> expected = postsSeenBy(r).stream().map(label -> posts.get(label).id())
                .collect(Collectors.toSet());
        assertThat(answers.answering(need)).extracting(Submission::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<String> followerNotices() {
        return jdbc.sql("""
                        select n.detail || '|' || n.subject_title from notification n join member m on m.id = n.member_id
                        where m.email = ? and n.kind = 'followed-activity' and n.subject_title like ? order by n.id""")
                .params(FOLLOWER, "%" + token).query(String.class).list();
    }

    private void followerPost(Reader r) {
        posts.forEach((label, s) -> assertThat(submissions.forFollowers(s.id()).isPresent()).as(label)
                .isEqualTo(label.equals("published")));
        // told when each was published: never of the draft nor of the post awaiting review
        assertThat(followerNotices()).filteredOn(n -> n.startsWith("new-submission|"))
                .containsExactlyInAnyOrder("new-submission|Publisert " + token, "new-submission|Skjult " + token,
                        "new-submission|Trukket " + token);
        // but the follower's bell asks again: hidden and withdrawn since, their titles are no longer shown or counted
        as(FOLLOWER);
        assertThat(notifications.latest()).extracting(Notification::subjectTitle).filteredOn(t -> t.endsWith(token))
                .contains("Publisert " + token).doesNotContain("Skjult " + token, "Trukket " + token);
        int unreadAboutPostsGone = jdbc.sql("""
                        select count(*) from notification n join member m on m.id = n.member_id
                        join submission s on n.link = 'submissions/' || s.id
                        where m.email = ? and n.kind = 'followed-activity' and n.read_at is null
                          and (s.status <> 'PUBLISHED' or s.hidden)""")
                .param(FOLLOWER).query(Integer.class).single();
        int unread = jdbc.sql("""
                        select count(*) from notification n join member m on m.id = n.member_id
                        where m.email = ? and n.read_at is null""").param(FOLLOWER).query(Integer.class).single();
        assertThat(unreadAboutPostsGone).as("the hidden and the withdrawn post").isGreaterThanOrEqualTo(2);
        assertThat(notifications.unreadCount()).isEqualTo(unread - unreadAboutPostsGone);
        as(r);
    }

    private void followerComment(Reader r) {
        assertThat(comments.forFollowers(visible.id())).isPresent();
        assertThat(comments.forFollowers(hiddenComment.id())).isEmpty();
        assertThat(comments.forFollowers(waiting.id())).as("awaiting review").isEmpty();
        // the visible comment and the one hidden later were told when written; the one awaiting review was not
        assertThat(followerNotices()).filteredOn(n -> n.startsWith("new-comment|"))
                .containsExactly("new-comment|Publisert " + token, "new-comment|Publisert " + token);
    }

    @SuppressWarnings("unchecked")
    private void personalData(Reader r) {
        if (r == Reader.ANONYMOUS) {
            assertThatThrownBy(accounts::exportMyData).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            return;
        }
        PortalUser me = as(r);
        PersonalData part = personalData.stream().filter(p -> p.section().equals("submissions")).findFirst().orElseThrow();
        Map<String, Object> export = part.export(me.memberId());
        assertThat(export.keySet()).containsExactlyInAnyOrder("submissions", "comments", "attachments", "interest");
        Set<Long> myComments = ((List<Map<String, Object>>) export.get("comments")).stream()
                .map(row -> ((Number) row.get("id")).longValue()).collect(Collectors.toSet());
        Set<Long> fixtureComments = Set.of(visible.id().value(), hiddenComment.id().value(), waiting.id().value());
        myComments.retainAll(fixtureComments);
        assertThat(myComments).isEqualTo(switch (r) {
            case OTHER_SUPPLIER -> Set.of(visible.id().value());
            case PENDING -> Set.of(waiting.id().value());
            default -> Set.of();
        });
        Set<Long> markedInterest = ((List<Map<String, Object>>) export.get("interest")).stream()
                .map(row -> ((Number) row.get("submission_id")).longValue()).collect(Collectors.toSet());
        assertThat(markedInterest.contains(posts.get("published").id().value())).as("interest marked by me")
                .isEqualTo(r == Reader.AGENCY);
        Set<Long> wrote = ((List<Map<String, Object>>) export.get("submissions")).stream()
                .map(row -> ((Number) row.get("id")).longValue()).collect(Collectors.toSet());
        assertThat(posts.entrySet().stream().filter(e -> wrote.contains(e.getValue().id().value()))
                .map(Map.Entry::getKey).collect(Collectors.toSet())).isEqualTo(switch (r) {
                    case OWNER -> Set.of("published", "draft", "hidden", "withdrawn");
                    case PENDING -> Set.of("awaiting");
                    default -> Set.of();
                });
    }
}
