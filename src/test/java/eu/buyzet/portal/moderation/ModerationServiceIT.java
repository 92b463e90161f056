package eu.buyzet.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Comment;
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
class ModerationServiceIT {

    static final String AUTHOR = "supplier2@demo.buyzet.eu";
    static final String AGENCY = "agency@demo.buyzet.eu";
    static final String AGENCY_2 = "agency2@demo.buyzet.eu";
    static final String SUPPLIER = "supplier@demo.buyzet.eu";
    static final String MODERATOR = "moderator@demo.buyzet.eu";
    static final String ADMIN = "admin@demo.buyzet.eu";
    static final PageRequest ALL = new PageRequest(0, 500);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired ModerationService moderation;
    @Autowired SubmissionService submissions;
    @Autowired CommentService comments;
    @Autowired DeclarationService declarations;
    @Autowired NotificationService notifications;
    @Autowired JdbcClient jdbc;
    @Autowired FlagAlertJob alerts;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private Submission publishedSolution(String title) {
        as(AUTHOR);
        ForumId forum = eu.buyzet.portal.TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission draft = submissions.create(new SubmissionDraft(forum, SubmissionKind.SOLUTION, title,
                "Sammendrag av " + title, "Elektriske renovasjonsbiler.", List.of("90511000-2")));
        return submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
    }

    private List<QueueItem> queueFor(Submission s) {
        return moderation.queue(null, ALL).stream().filter(i -> i.target().submission().equals(s.id())).toList();
    }

    @Test
    void content_flagged_by_three_organisations_is_hidden_and_its_author_is_told_why() {
        Submission s = publishedSolution("Flagget løsning");
        FlagTarget target = FlagTarget.submission(s.id());

        as(AGENCY);
        moderation.flag(target, FlagReason.SPAM, null);
        as(SUPPLIER);
        moderation.flag(target, FlagReason.OFF_TOPIC, "Handler ikke om avfall");
        assertThat(submissions.get(s.id()).hidden()).as("two organisations are not enough").isFalse();
        as(AGENCY_2);
        moderation.flag(target, FlagReason.SPAM, "");
        assertThat(submissions.find(s.id())).as("others no longer see it").isEmpty();

        as(MODERATOR);
        Submission hidden = submissions.get(s.id());
        assertThat(hidden.hidden()).isTrue();
        assertThat(eu.buyzet.portal.shared.FlaggedHiding.read(hidden.hiddenReason())).hasValueSatisfying(f -> {
            assertThat(f.organisations()).isEqualTo(3);
            assertThat(f.reasonKeys()).containsExactlyInAnyOrder("moderation.reason.spam", "moderation.reason.off-topic");
        });
        as(AUTHOR);
        assertThat(notifications.latest()).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("content-hidden");
            assertThat(n.subjectTitle()).isEqualTo("Flagget løsning");
            assertThat(n.detail()).contains("moderation.reason.spam");
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'content-flag.auto-hidden' and subject_id = ?")
                .param(String.valueOf(s.id().value())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void one_organisation_counts_once_and_nobody_flags_their_own_organisations_content() {
        Submission s = publishedSolution("Flagget to ganger");
        FlagTarget target = FlagTarget.submission(s.id());
        as(AUTHOR);
        assertThat(moderation.canFlag(s)).isFalse();
        assertThatThrownBy(() -> moderation.flag(target, FlagReason.SPAM, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "validation.moderation.own-content"));

        as(AGENCY);
        assertThat(moderation.canFlag(s)).isTrue();
        moderation.flag(target, FlagReason.INAPPROPRIATE, null);
        assertThatThrownBy(() -> moderation.flag(target, FlagReason.SPAM, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "validation.moderation.already-flagged"));
        assertThatThrownBy(() -> moderation.flag(target, FlagReason.OTHER, "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("note", "validation.moderation.note-for-other"));
    }

    @Test
    void a_member_of_an_organisation_awaiting_verification_cannot_flag_and_is_told_why_at_the_reason() {
        Submission s = publishedSolution("Flagg fra uverifisert");
        String pending = eu.buyzet.portal.TestOrganisations.pendingSupplier(jdbc, "Kastekonto AS");
        as(pending);
        assertThat(moderation.canFlag(s)).as("the page offers no flag the service would refuse").isFalse();
        assertThatThrownBy(() -> moderation.flag(FlagTarget.submission(s.id()), FlagReason.SPAM, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "validation.moderation.organisation-pending"));
        as(MODERATOR);
        assertThat(queueFor(s)).as("a refused flag is not kept").isEmpty();
    }

    @Test
    void flags_of_organisations_that_are_not_verified_never_count_toward_the_auto_hide() {
        Submission s = publishedSolution("Tre kastekontoer");
        FlagTarget target = FlagTarget.submission(s.id());
        // flags of two organisations that are pending or blocked by now, e.g. kept from before a block
        for (String status : List.of("PENDING", "BLOCKED")) {
            String member = eu.buyzet.portal.TestOrganisations.pendingSupplier(jdbc, "Kastekonto " + status);
            jdbc.sql("""
                    insert into flag (submission_id, forum_id, flagged_by, organisation_id, reason)
                    select ?, ?, m.id, m.organisation_id, 'SPAM' from member m where m.email = ?""")
                    .params(s.id().value(), s.forumId().value(), member).update();
            jdbc.sql("update organisation set status = ? where id = (select organisation_id from member where email = ?)")
                    .params(status, member).update();
        }
        as(AGENCY);
        moderation.flag(target, FlagReason.SPAM, null);
        assertThat(submissions.get(s.id()).hidden()).as("one verified organisation and two that are not").isFalse();
        as(SUPPLIER);
        moderation.flag(target, FlagReason.SPAM, null);
        assertThat(submissions.get(s.id()).hidden()).isFalse();
        as(AGENCY_2);
        moderation.flag(target, FlagReason.SPAM, null);
        assertThat(submissions.find(s.id())).as("three verified organisations hide it").isEmpty();
    }

    @Test
    void a_moderator_restores_hidden_content_and_its_flags_leave_the_queue() {
        Submission s = publishedSolution("Gjenopprettes");
        FlagTarget target = FlagTarget.submission(s.id());
        for (String who : List.of(AGENCY, SUPPLIER, AGENCY_2)) {
            as(who);
            moderation.flag(target, FlagReason.OFF_TOPIC, null);
        }
        as(MODERATOR);
        assertThat(queueFor(s)).singleElement().satisfies(item -> {
            assertThat(item.hidden()).isTrue();
            assertThat(item.organisations()).isEqualTo(3);
            assertThat(item.reasons()).containsExactly(FlagReason.OFF_TOPIC);
        });
        int before = moderation.queueSize(null);
        moderation.review(target, Decision.RESTORE, "");

        assertThat(submissions.get(s.id()).hidden()).isFalse();
        assertThat(queueFor(s)).isEmpty();
        assertThat(moderation.queueSize(null)).isEqualTo(before - 1);
        // flags handled once do not count again: a new flag starts from one
        as(AGENCY);
        moderation.flag(target, FlagReason.SPAM, null);
        assertThat(submissions.get(s.id()).hidden()).isFalse();
    }

    @Test
    void a_moderator_keeps_a_flagged_comment_hidden_with_a_reason_in_bulk() {
        Submission s = publishedSolution("Kommentarer flagges");
        as(AGENCY);
        Comment first = comments.add(s.id(), null, "Kjøp min bil på example.com");
        Comment second = comments.add(s.id(), null, "Billig, billig, billig");
        as(SUPPLIER);
        moderation.flag(new FlagTarget(s.id(), first.id()), FlagReason.SPAM, null);
        moderation.flag(new FlagTarget(s.id(), second.id()), FlagReason.SPAM, null);

        as(MODERATOR);
        assertThatThrownBy(() -> moderation.review(new FlagTarget(s.id(), first.id()), Decision.HIDE, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "validation.required"));
        int reviewed = moderation.reviewAll(List.of(new FlagTarget(s.id(), first.id()), new FlagTarget(s.id(), second.id())),
                Decision.HIDE, "Reklame");
        assertThat(reviewed).isEqualTo(2);
        assertThat(comments.get(first.id()).hidden()).isTrue();
        assertThat(comments.get(second.id()).hidden()).isTrue();
        assertThat(queueFor(s)).isEmpty();
    }

    @Test
    void the_queue_shows_a_moderator_only_the_forums_they_run_and_an_admin_all() {
        Submission s = publishedSolution("Kø per forum");
        as(AGENCY);
        moderation.flag(FlagTarget.submission(s.id()), FlagReason.ILLEGAL, null);
        jdbc.sql("delete from forum_moderator where forum_id = ?").param(s.forumId().value()).update();
        try {
            as(MODERATOR);
            assertThat(queueFor(s)).isEmpty();
            as(ADMIN);
            assertThat(queueFor(s)).hasSize(1);
        } finally {
            jdbc.sql("""
                    insert into forum_moderator (forum_id, member_id)
                    select ?, id from member where email = 'moderator@demo.buyzet.eu'""")
                    .param(s.forumId().value()).update();
        }
    }

    @Test
    void flags_left_for_48_hours_alert_the_forums_moderators_once() {
        Submission s = publishedSolution("Ventende flagg");
        as(AGENCY);
        moderation.flag(FlagTarget.submission(s.id()), FlagReason.SPAM, null);
        as(SUPPLIER);
        moderation.flag(FlagTarget.submission(s.id()), FlagReason.SPAM, null);
        signOut();
        assertThat(alerts.alertOverdue()).as("not yet 48 hours").isZero();
        jdbc.sql("update flag set created_at = now() - interval '49 hours' where submission_id = ?")
                .param(s.id().value()).update();

        assertThat(alerts.alertOverdue()).isEqualTo(1);
        assertThat(alerts.alertOverdue()).as("once").isZero();
        assertThat(jdbc.sql("""
                select count(*) from notification n join member m on m.id = n.member_id
                where m.email = 'moderator@demo.buyzet.eu' and n.kind = 'flag-alert' and n.subject_title = 'Ventende flagg'""")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
