package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The search page as people use it (issue 14): a word finds the forum, dialogue or buyer group it
 * names as well as the posts, and snippets read as text, not as Markdown source. In English at
 * desktop width by keyboard, and in Bokmål on a phone.
 */
@PortalBrowserTest
class SearchBrowserIT {

    @Test
    void searching_waste_in_english_finds_the_waste_collection_forum_by_keyboard(
            @Anonymous(locale = "en-GB") Visitor anyone) {
        SearchPage search = anyone.search("");
        search.searchText().fill("waste");
        assertThat(search.named("Zero-emission waste collection")).hasCount(1);
        assertThat(search.namedMarks().first()).hasText("waste");
        // the forum comes a few Tabs after the search's own fields, before the list of posts
        search.searchText().focus();
        for (int i = 0; i < 12 && !isFocused(search.named("Zero-emission waste collection")); i++) {
            search.press("Tab");
        }
        assertThat(search.named("Zero-emission waste collection")).isFocused();
        search.press("Enter");
        anyone.page().waitForURL(java.util.regex.Pattern.compile(".*/forums/\\d+$"));
        assertThat(anyone.shell().heading()).hasText("Zero-emission waste collection");
        anyone.assertAccessible();
    }

    @Test
    void the_forum_and_organisation_filters_find_by_part_of_a_name_and_a_shared_link_keeps_them(
            @Anonymous(locale = "en-GB") Visitor anyone) {
        SearchPage search = anyone.search("");
        search.openMoreFilters();
        search.filterByForum("repair", "Repair and maintenance with zero-emission transport");
        search.waitForUrl(".*[?&]forum=\\d+.*");
        search.filterByOrganisation("håndv", "Grønn Håndverk AS");
        String shared = search.waitForUrl(".*[?&]org=\\d+.*");
        assertThat(search.results().first()).isVisible();
        anyone.assertAccessible();

        // someone who opens the shared link sees the same filters, by name
        SearchPage opened = anyone.search(shared.substring(shared.indexOf('?')));
        assertThat(opened.forumInput()).hasValue("Repair and maintenance with zero-emission transport");
        assertThat(opened.organisationInput()).hasValue("Grønn Håndverk AS");
        assertThat(opened.results().first()).isVisible();
    }

    private static boolean isFocused(com.microsoft.playwright.Locator link) {
        return Boolean.TRUE.equals(link.evaluate("a => a === document.activeElement"));
    }

    @Test
    void on_a_phone_in_bokmal_snippets_are_plain_text_and_a_dialogue_and_a_buyer_group_are_found_by_name(
            @Anonymous(locale = "nb-NO", phone = true) Visitor anyone) {
        SearchPage search = anyone.search("?q=kommunale");
        assertThat(search.result("Avfallshenting fra 180 kommunale bygg")).hasCount(1);
        assertThat(search.snippets().first()).containsText("180 kommunale bygg");
        assertThat(search.snippets().first()).not().containsText("**");
        assertThat(search.snippets().first().locator("mark").first()).isVisible();

        search = anyone.search("?q=avfall");
        assertThat(search.named("Avfallshenting uten utslipp")).hasCount(1);
        assertThat(search.named("Markedsdialog: utslippsfri avfallshenting fra kommunale bygg")).hasCount(1);
        // a buyer group by a word of its name
        search = anyone.search("?q=rekvisita");
        assertThat(search.named("Felles innkjøp: utslippsfri levering av mat og rekvisita")).hasCount(1);
        // a members-only forum is not named to someone who is not signed in
        search = anyone.search("?q=byggelogistikk");
        // the page is drawn by Vaadin after the load event: wait for it before counting and scanning
        assertThat(anyone.page().locator("h1")).isVisible();
        assertThat(search.named()).hasCount(0);
        anyone.assertAccessible();
    }
}
