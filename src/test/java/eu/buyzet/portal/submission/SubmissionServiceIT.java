package eu.buyzet.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumDetails;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.forum.ForumVisibility;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@PortalIntegrationTest
class SubmissionServiceIT {

    @Autowired SecurityContextHolderStrategy security;

    @Autowired SubmissionService submissions;
    @Autowired eu.buyzet.portal.footprint.DeclarationService declarations;
    @Autowired ForumService forums;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** A demo forum by the start of its Norwegian title. */
    private ForumId forum(String titleNb) {
        return ForumId.of(jdbc.sql("select id from forum where title_nb like ? order by id limit 1")
                .param(titleNb + "%").query(Long.class).single());
    }

    private static SubmissionDraft draft(ForumId forum, SubmissionKind kind, String title, String body) {
        return new SubmissionDraft(forum, kind, title, "Sammendrag av " + title, body, List.of("90511000-2"));
    }

    private Submission publishedNeed(String title, String body) {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission draft = submissions.create(draft(forum("Avfallshenting"), SubmissionKind.NEED, title, body));
        Submission published = submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        TestUsers.signOut(security);
        return published;
    }

    @Test
    void agencies_post_needs_and_proposals_and_suppliers_post_solutions_only() {
        ForumId waste = forum("Avfallshenting");
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThat(submissions.create(draft(waste, SubmissionKind.SOLUTION, "Elektrisk bil", "")).kind())
                .isEqualTo(SubmissionKind.SOLUTION);
        assertThatThrownBy(() -> submissions.create(draft(waste, SubmissionKind.NEED, "Behov", "")))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(submissions.create(draft(waste, SubmissionKind.PROPOSAL, "Felles kjøp", "")).status())
                .isEqualTo(SubmissionStatus.DRAFT);
        assertThatThrownBy(() -> submissions.create(draft(waste, SubmissionKind.SOLUTION, "Løsning", "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_draft_is_seen_only_by_its_organisation_until_published() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission draft = submissions.create(draft(forum("Avfallshenting"), SubmissionKind.NEED, "Utkast", "tekst"));
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThatThrownBy(() -> submissions.get(draft.id())).isInstanceOf(NotFoundException.class);
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThat(submissions.find(draft.id())).isEmpty();

        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        TestUsers.signOut(security);
        assertThat(submissions.get(draft.id()).status()).isEqualTo(SubmissionStatus.PUBLISHED);
    }

    @Test
    void only_the_authors_organisation_edits_publishes_and_withdraws() {
        Submission need = publishedNeed("Hente avfall", "tekst");
        TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        assertThatThrownBy(() -> submissions.withdraw(need.id(), need.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.update(need.id(), need.version(), draft(need.forumId(), need.kind(), "Kapret", "")))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(submissions.withdraw(need.id(), need.version()).status()).isEqualTo(SubmissionStatus.WITHDRAWN);
    }

    @Test
    void a_moderator_hides_with_a_reason_and_then_only_the_author_and_moderators_see_it() {
        Submission need = publishedNeed("Skjult behov", "tekst");
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThatThrownBy(() -> submissions.hide(need.id(), need.version(), " "))
                .isInstanceOf(ValidationException.class);
        Submission hidden = submissions.hide(need.id(), need.version(), "Personopplysninger i teksten");
        assertThat(hidden.hidden()).isTrue();

        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThat(submissions.find(need.id())).isEmpty();
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(submissions.get(need.id()).hiddenReason()).isEqualTo("Personopplysninger i teksten");

        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThat(submissions.restore(hidden.id(), hidden.version()).hidden()).isFalse();
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThat(submissions.find(need.id())).isPresent();
    }

    @Test
    void nothing_changes_in_an_archived_forum() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Forum forum = forums.create(new ForumDetails("Snart arkivert", "", "", "", "Oslo", List.of("90511000-2"),
                ForumVisibility.PUBLIC, Set.of()));
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission s = submissions.create(draft(forum.id(), SubmissionKind.NEED, "Før arkivering", ""));
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        forums.archive(forum.id(), forum.version());
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThatThrownBy(() -> submissions.publish(s.id(), s.version())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> submissions.create(draft(forum.id(), SubmissionKind.NEED, "Etter", "")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("forumId", "validation.forum.archived-read-only"));
    }

    @Test
    void members_only_content_does_not_exist_for_outsiders() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission s = submissions.create(draft(forum("Byggelogistikk"), SubmissionKind.NEED, "Massetransport", ""));
        submissions.publish(TestFootprints.declared(declarations, s).id(), s.version());
        TestUsers.signOut(security);
        assertThat(submissions.find(s.id())).isEmpty();
        assertThat(submissions.findPublic(s.id())).isEmpty();
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission s = submissions.create(draft(forum("Avfallshenting"), SubmissionKind.NEED, "Versjon 1", ""));
        submissions.update(s.id(), s.version(), draft(s.forumId(), s.kind(), "Versjon 2", ""));
        assertThatThrownBy(() -> submissions.update(s.id(), s.version(), draft(s.forumId(), s.kind(), "Versjon 3", "")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(submissions.get(s.id()).title()).isEqualTo("Versjon 2");
    }

    /**
     * Search walks a CPV code's submissions in date order through the codes' own copy of the
     * publication date, forum and kind (schemas 060 and 063, kept by triggers): it must follow
     * publishing and new codes.
     */
    @Test
    void a_submissions_cpv_codes_carry_its_publication_date_forum_and_kind_from_publishing_on_and_after_its_codes_change() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission draft = submissions.create(draft(forum("Avfallshenting"), SubmissionKind.NEED, "Datert", "tekst"));
        assertThat(codeDates(draft.id())).as("a draft's codes").containsOnlyNulls().hasSize(1);

        Submission published = submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        assertThat(published.publishedAt()).isNotNull();
        assertThat(codeDates(published.id())).containsExactly(published.publishedAt());

        Submission edited = submissions.update(published.id(), published.version(), new SubmissionDraft(
                published.forumId(), SubmissionKind.NEED, "Datert", "Sammendrag", "tekst",
                List.of("90511000-2", "60161000-4")));
        assertThat(codeDates(edited.id())).as("after new codes").containsExactly(published.publishedAt(),
                published.publishedAt());
        String forumAndKind = edited.forumId().value() + " NEED";
        assertThat(codeForumsAndKinds(edited.id())).containsExactly(forumAndKind, forumAndKind);

        // the portal never changes a submission's kind or forum; were anything to, the copies follow
        jdbc.sql("update submission set kind = 'SOLUTION' where id = ?").param(edited.id().value()).update();
        String changed = edited.forumId().value() + " SOLUTION";
        assertThat(codeForumsAndKinds(edited.id())).as("after the kind changed").containsExactly(changed, changed);
    }

    private List<String> codeForumsAndKinds(SubmissionId id) {
        return jdbc.sql("select forum_id || ' ' || kind from submission_cpv where submission_id = ? order by position")
                .param(id.value()).query(String.class).list();
    }

    private List<java.time.Instant> codeDates(SubmissionId id) {
        return jdbc.sql("select published_at from submission_cpv where submission_id = ? order by position")
                .param(id.value()).query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .list();
    }
}
