package eu.buyzet.portal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
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
class ForumServiceIT {

    @Autowired SecurityContextHolderStrategy security;

    private static final PageRequest PAGE = new PageRequest(0, 50);

    @Autowired ForumService forums;
    @Autowired MemberService members;
    @Autowired JdbcClient jdbc;
    @Autowired eu.buyzet.portal.audit.AuditTrail audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private static ForumDetails details(String title, List<String> cpv, ForumVisibility visibility) {
        return new ForumDetails(title, title + " (en)", "Beskrivelse", "Description", "Oslo", cpv, visibility, Set.of());
    }

    /** The same forum with a new title, keeping its moderators, as the edit dialog sends it. */
    private static ForumDetails edit(Forum forum, String title, ForumVisibility visibility) {
        return new ForumDetails(title, title + " (en)", "Beskrivelse", "Description", "Oslo", List.of("90511000-2"),
                visibility, forum.moderators());
    }

    private Forum membersOnlyDemoForum() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Forum forum = forums.list(new ForumFilter("Byggelogistikk", null), PAGE).getFirst();
        TestUsers.signOut(security);
        return forum;
    }

    @Test
    void outsiders_see_public_forums_only_and_members_only_forums_do_not_exist_for_them() {
        Forum membersOnly = membersOnlyDemoForum();
        assertThat(membersOnly.visibility()).isEqualTo(ForumVisibility.MEMBERS);

        assertThat(forums.list(ForumFilter.ANY, PAGE)).extracting(Forum::visibility).containsOnly(ForumVisibility.PUBLIC);
        assertThatThrownBy(() -> forums.get(membersOnly.id())).isInstanceOf(NotFoundException.class);
        assertThat(forums.findPublic(membersOnly.id())).isEmpty();

        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThat(forums.get(membersOnly.id()).titleNb()).isEqualTo("Byggelogistikk");
        assertThat(forums.count(ForumFilter.ANY)).isGreaterThan(forums.countPublic(ForumFilter.ANY));
    }

    @Test
    void a_moderator_creates_a_forum_and_becomes_its_moderator() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Forum forum = forums.create(details("Kontormateriell", List.of("30192000-1", " 301970006 "), ForumVisibility.PUBLIC));
        assertThat(forum.cpvCodes()).containsExactly(new CpvCode("30192000-1"), new CpvCode("30197000-6"));
        assertThat(forum.moderatorNames()).containsExactly("Kari Nilsen");
        assertThat(forums.canManage(forum)).isTrue();
        assertThat(forum.title(java.util.Locale.forLanguageTag("nb"))).isEqualTo("Kontormateriell");
        assertThat(forum.title(java.util.Locale.ENGLISH)).isEqualTo("Kontormateriell (en)");

        // opening and changing a forum stay in the audit trail, with its codes and visibility
        Forum changed = forums.update(forum.id(), forum.version(), edit(forum, "Kontormateriell og papir",
                ForumVisibility.MEMBERS));
        forums.archive(changed.id(), changed.version());
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        assertThat(audit.about("forum", forum.id().value(), 10)).extracting(e -> e.action())
                .containsExactly("procurement-forum.archived", "procurement-forum.changed", "procurement-forum.created");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        int before = forums.count(ForumFilter.ANY);
        assertThatThrownBy(() -> forums.create(new ForumDetails(" ", "", "", "", "", List.of("9051100-2"), null, Set.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("titleNb", "validation.forum.title-required")
                        .containsEntry("cpvCodes", "validation.cpv.format")
                        .containsEntry("visibility", "validation.required"));
        assertThat(forums.count(ForumFilter.ANY)).isEqualTo(before);
    }

    @Test
    void only_the_forums_own_moderators_manage_it() {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        Member other = members.create(new MemberDetails("moderator2-" + System.nanoTime() + "@demo.buyzet.eu",
                "Per Moderator", OrganisationId.of(2), Set.of(Role.MODERATOR), true));
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Forum forum = forums.create(details("Kun min", List.of("90511000-2"), ForumVisibility.PUBLIC));

        TestUsers.signIn(security, jdbc, other.email());
        assertThat(forums.canManage(forum)).isFalse();
        assertThat(forums.actions(forum)).as("nothing offered").isEmpty();
        assertThat(forums.mayCreate()).isTrue();
        assertThatThrownBy(() -> forums.archive(forum.id(), forum.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.update(forum.id(), forum.version(), edit(forum, "Kapret", ForumVisibility.PUBLIC))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_moderators_and_admins_are_offered_a_new_forum() {
        TestUsers.signOut(security);
        assertThat(forums.mayCreate()).isFalse();
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(forums.mayCreate()).isFalse();
        assertThat(forums.actions(forums.get(ForumId.of(1)))).isEmpty();
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        assertThat(forums.mayCreate()).isTrue();
    }

    @Test
    void an_archived_forum_is_read_only_until_reopened() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Forum forum = forums.create(details("Arkiv", List.of("90511000-2"), ForumVisibility.PUBLIC));
        assertThat(forums.actions(forum)).containsExactlyInAnyOrder(ForumAction.EDIT, ForumAction.ARCHIVE);
        Forum archived = forums.archive(forum.id(), forum.version());
        assertThat(archived.isArchived()).isTrue();
        assertThat(forums.actions(archived)).as("edit is not offered while archived").containsExactly(ForumAction.REOPEN);
        assertThatThrownBy(() -> forums.update(archived.id(), archived.version(), edit(forum, "Endret", ForumVisibility.PUBLIC)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("status"));
        Forum reopened = forums.reopen(archived.id(), archived.version());
        assertThat(forums.update(reopened.id(), reopened.version(), edit(forum, "Endret", ForumVisibility.MEMBERS)).titleNb()).isEqualTo("Endret");
    }

    @Test
    void a_save_from_a_stale_copy_is_refused() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Forum forum = forums.create(details("Versjon", List.of("90511000-2"), ForumVisibility.PUBLIC));
        forums.update(forum.id(), forum.version(), edit(forum, "Versjon 2", ForumVisibility.PUBLIC));
        assertThatThrownBy(() -> forums.update(forum.id(), forum.version(), edit(forum, "Versjon 3", ForumVisibility.PUBLIC)))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
