package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forums as readers and moderators meet them, on the production jar with demo data. */
@PortalBrowserTest
class ForumBrowserIT {

    @Test
    void anyone_reads_public_forums_without_signing_in_and_members_only_ones_do_not_exist_for_them(Portal portal) {
        try (Visitor reader = portal.anonymous("nb-NO")) {
            ForumsPage forums = reader.forums();
            assertThat(forums.heading()).hasText("Fora");
            assertThat(forums.row("Avfallshenting")).hasCount(1);
            assertThat(forums.row("Varelevering til skoler")).hasCount(1);
            assertThat(forums.row("Byggelogistikk")).hasCount(0);
            assertThat(forums.signInLink()).isVisible();
            reader.assertAccessible();

            ForumPage forum = forums.open("Avfallshenting");
            assertThat(forum.heading()).hasText("Avfallshenting uten utslipp");
            assertThat(forum.text("90511000-2")).isVisible();
            reader.assertAccessible();

            assertThat(reader.open("/forums/4").heading()).hasText("Fant ikke siden");
        }
    }

    @Test
    void the_first_tab_stop_skips_the_menu_and_the_bar_to_the_content(Visitor anyone) {
        ForumsPage forums = anyone.forums();
        // the page is drawn by the time its heading shows; a key pressed before goes nowhere
        assertThat(forums.heading()).isVisible();
        forums.press("Tab");
        assertThat(forums.skipLink()).isFocused();
        assertThat(forums.skipLink()).isVisible();
        forums.press("Enter");
        assertThat(forums.main()).isFocused();
        forums.press("Tab");
        assertThat(forums.skipLink()).not().isFocused();
        anyone.assertAccessible();
    }

    @Test
    void the_skip_link_speaks_bokmal_and_skips_to_the_content_on_a_phone(
            @Anonymous(locale = "nb-NO", phone = true) Visitor visitor) {
        ForumsPage forums = visitor.forums();
        assertThat(forums.heading()).hasText("Fora");
        forums.press("Tab");
        assertThat(forums.skipLink()).isFocused();
        assertThat(forums.skipLink()).isVisible();
        assertThat(forums.skipLink()).hasText("Hopp til innholdet");
        forums.press("Enter");
        assertThat(forums.main()).isFocused();
        visitor.assertAccessible();
    }

    @Test
    void a_search_lives_in_the_url_and_can_be_shared(Portal portal) {
        try (Visitor reader = portal.anonymous("en-GB"); Visitor friend = portal.anonymous("en-GB")) {
            ForumsPage forums = reader.forums();
            forums.search("schools");
            assertThat(forums.rows()).hasCount(1);
            forums.waitForUrl(".*/forums\\?q=schools$");

            ForumsPage shared = friend.forums("?q=schools");
            assertThat(shared.rows()).hasCount(1);
            assertThat(shared.searchField()).hasValue("schools");
        }
    }

    @Test
    void a_moderator_opens_a_forum_and_gets_field_messages_for_bad_input(
            @SignedIn("moderator@demo.buyzet.eu") Visitor moderator) {
        ForumsPage forums = moderator.forums();
        assertThat(forums.row("Construction logistics")).hasCount(1);
        ForumEditor editor = forums.addForum();
        editor.titles("Matlevering til sykehjem", "Food delivery to nursing homes");
        editor.cpv().fill("5552000-1");
        editor.save();
        assertThat(editor.cpvField()).containsText("eight digits");
        assertThat(editor.cpv()).hasValue("5552000-1");
        moderator.assertAccessible();

        editor.cpv().fill("55520000-1");
        ForumPage forum = editor.save();
        assertThat(forum.heading()).hasText("Food delivery to nursing homes");
        assertThat(forum.editButton()).isVisible();
        moderator.assertAccessible();

        forum.archive();
        assertThat(forum.archivedNotice()).isVisible();
        assertThat(forum.editButton()).isDisabled();
    }
}
