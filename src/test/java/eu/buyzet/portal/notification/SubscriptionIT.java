package eu.buyzet.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.submission.SubmissionAction;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class SubscriptionIT {

    @Autowired NotificationService notifications;
    @Autowired SubmissionService submissions;
    @Autowired CommentService comments;
    @Autowired DeclarationService declarations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired DigestJob digests;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private ForumId forum(String titleEn) {
        return eu.buyzet.portal.TestForums.byEnglishTitle(jdbc, titleEn);
    }

    private Submission publishNeed(String title, String cpv) {
        as("agency@demo.buyzet.eu");
        Submission draft = submissions.create(new SubmissionDraft(forum("Repair and maintenance with zero-emission transport"),
                SubmissionKind.NEED, title, "Sammendrag", "Tekst om " + title, List.of(cpv)));
        return submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
    }

    private List<String> followedTitles(String email) {
        return jdbc.sql("""
                select n.subject_title || '|' || n.detail from notification n join member m on m.id = n.member_id
                where m.email = ? and n.kind = 'followed-activity' order by n.id""").param(email).query(String.class).list();
    }

    @Test
    void members_choose_mail_only_for_the_kinds_of_notification_they_can_receive() {
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThat(notifications.preferences()).containsKey(NotificationKind.CONTENT_HIDDEN)
                .doesNotContainKeys(NotificationKind.FLAG_ALERT, NotificationKind.ORGANISATION_PENDING,
                        NotificationKind.MEMBERSHIP_REQUESTED);
        assertThatThrownBy(() -> notifications.setPreference(NotificationKind.FLAG_ALERT, MailMode.OFF))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThat(notifications.preferences()).containsKeys(NotificationKind.FLAG_ALERT,
                NotificationKind.ORGANISATION_PENDING).doesNotContainKey(NotificationKind.MEMBERSHIP_REQUESTED);
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        assertThat(notifications.preferences().keySet()).containsExactly(NotificationKind.values());
    }

    @Test
    void members_hear_of_new_posts_in_what_they_follow_and_only_that() {
        as("supplier@demo.buyzet.eu");
        notifications.follow(SubscriptionKind.FORUM, forum("Repair and maintenance with zero-emission transport").toString(),
                "Reparasjon");
        as("supplier2@demo.buyzet.eu");
        notifications.follow(SubscriptionKind.CPV, "50000000-5", "Reparasjon og vedlikehold");
        assertThatThrownBy(() -> notifications.follow(SubscriptionKind.CPV, "5000", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("cpv", "validation.cpv.format"));
        as("agency3@demo.buyzet.eu");
        notifications.follow(SubscriptionKind.SEARCH, "  Varmepumpe   SERVICE ", null);
        assertThat(notifications.following()).singleElement().satisfies(s -> assertThat(s.target())
                .isEqualTo("q=varmepumpe+service"));
        as("agency2@demo.buyzet.eu");
        // a search as the search page keeps it: solutions only, in one CPV class
        notifications.follow(SubscriptionKind.SEARCH, "kind=SOLUTION&cpv=50700000-2", "Løsninger");

        publishNeed("Service på varmepumper", "50700000-2");
        publishNeed("Vaktmestertjenester", "98341140-8");

        assertThat(followedTitles("supplier@demo.buyzet.eu")).contains(
                "Service på varmepumper|new-submission", "Vaktmestertjenester|new-submission");
        assertThat(followedTitles("supplier2@demo.buyzet.eu")).contains("Service på varmepumper|new-submission")
                .doesNotContain("Vaktmestertjenester|new-submission");
        assertThat(followedTitles("agency3@demo.buyzet.eu")).as("'varmepumper' holds 'varmepumpe', and 'service' is there")
                .contains("Service på varmepumper|new-submission").doesNotContain("Vaktmestertjenester|new-submission");
        assertThat(followedTitles("agency2@demo.buyzet.eu")).as("these are needs, not solutions")
                .doesNotContain("Service på varmepumper|new-submission");
        assertThat(followedTitles("agency@demo.buyzet.eu")).as("nobody hears of their own post")
                .doesNotContain("Service på varmepumper|new-submission");
        assertThat(jdbc.sql("select count(*) from notification where kind = 'followed-activity' and mail_state = 'DIGEST'"
                        + " and subject_title in ('Service på varmepumper', 'Vaktmestertjenester')")
                .query(Integer.class).single()).as("followed activity waits for the digest by default").isEqualTo(4);
    }

    @Test
    void followers_of_a_submission_hear_of_new_comments_except_their_own() {
        Submission need = publishNeed("Kommentarer følges", "50700000-2");
        as("supplier@demo.buyzet.eu");
        notifications.follow(SubscriptionKind.SUBMISSION, need.id().toString(), need.title());
        assertThat(notifications.isFollowing(SubscriptionKind.SUBMISSION, need.id().toString())).isTrue();
        comments.add(need.id(), null, "Vi kan hjelpe.");
        as("supplier2@demo.buyzet.eu");
        comments.add(need.id(), null, "Vi også.");
        assertThat(followedTitles("supplier@demo.buyzet.eu")).filteredOn(t -> t.endsWith("|new-comment"))
                .as("one comment by another, none for their own").containsExactly("Kommentarer følges|new-comment");

        as("supplier@demo.buyzet.eu");
        notifications.unfollow(SubscriptionKind.SUBMISSION, need.id().toString());
        assertThat(notifications.isFollowing(SubscriptionKind.SUBMISSION, need.id().toString())).isFalse();
    }

    @Test
    void only_a_post_every_member_may_read_is_followed_and_under_its_own_title() {
        as("agency@demo.buyzet.eu");
        Submission draft = submissions.create(new SubmissionDraft(forum("Repair and maintenance with zero-emission transport"),
                SubmissionKind.NEED, "Utkast ingen følger", "Sammendrag", "Tekst", List.of("50700000-2")));
        as("supplier@demo.buyzet.eu");
        assertThatThrownBy(() -> notifications.follow(SubscriptionKind.SUBMISSION, draft.id().toString(), "Hva som helst"))
                .isInstanceOf(NotFoundException.class);

        Submission need = publishNeed("Følges under egen tittel", "50700000-2");
        as("supplier@demo.buyzet.eu");
        notifications.follow(SubscriptionKind.SUBMISSION, need.id().toString(), "<b>en annen tittel</b>");
        assertThat(notifications.following()).extracting(Subscription::label).contains("Følges under egen tittel")
                .doesNotContain("<b>en annen tittel</b>");
        assertThat(submissions.page(need.id()).may(SubmissionAction.FOLLOW)).isTrue();
        eu.buyzet.portal.TestUsers.signOut(security);
        assertThat(submissions.page(need.id()).may(SubmissionAction.FOLLOW)).as("anonymous").isFalse();
    }

    @Test
    void the_digest_leaves_out_a_followed_post_hidden_since_it_was_published() {
        as("agency3@demo.buyzet.eu");
        notifications.follow(SubscriptionKind.CPV, "34144910-0", "Elektriske kjøretøy");
        Submission kept = publishNeed("Elbusser i digesten", "34144910-0");
        Submission hidden = publishNeed("Skjult før digesten", "34144910-0");
        assertThat(followedTitles("agency3@demo.buyzet.eu"))
                .contains("Elbusser i digesten|new-submission", "Skjult før digesten|new-submission");
        as("moderator@demo.buyzet.eu");
        submissions.hide(hidden.id(), hidden.version(), "Personopplysninger");
        signOut();

        digests.run(100, written -> { });

        List<String> digest = jdbc.sql("""
                        select o.body from mail_outbox o where o.to_address = 'agency3@demo.buyzet.eu'
                        and o.body like '%Elbusser i digesten%'""").query(String.class).list();
        assertThat(digest).singleElement().satisfies(body -> assertThat(body).doesNotContain("Skjult før digesten"));
        assertThat(jdbc.sql("select count(*) from mail_outbox where body like '%Skjult før digesten%'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification where subject_title = 'Skjult før digesten' and mail_state = 'DIGEST'")
                .query(Integer.class).single()).as("done with, not left waiting").isZero();
    }
}
