package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A newcomer to a portal without demo data meets the public lists: each says in words that it is
 * empty and links on to the forums, readable on a phone and by the rules of axe, in both languages.
 */
@PortalBrowserTest(ownPortal = true, args = {"--buyzet.demo-data=false"})
class EmptyListsBrowserIT {

    @Test
    void the_empty_dialogue_and_buyer_group_lists_say_so_in_english_on_a_desktop(
            @Anonymous(locale = "en-GB") Visitor visitor) {
        visitor.open("/dialogues");
        assertThat(visitor.page().locator("#dialogues")).containsText("No market dialogues yet.");
        assertThat(visitor.page().locator("#dialogues .empty-state-next")).hasAttribute("href", "forums");
        visitor.assertAccessible();
        visitor.open("/buyer-groups");
        assertThat(visitor.page().locator("#buyer-groups")).containsText("No buyer groups yet.");
        visitor.assertAccessible();
        visitor.open("/forums");
        assertThat(visitor.page().locator("#forums")).containsText("No forums match.");
        visitor.assertAccessible();
        visitor.open("/strategies/public");
        assertThat(visitor.page().locator("#public-strategies")).containsText("No strategy is adopted yet.");
        assertThat(visitor.page().locator("#public-strategies .empty-state-next")).hasAttribute("href", "forums");
        visitor.assertAccessible();
    }

    @Test
    void the_empty_dialogue_and_buyer_group_lists_say_so_in_bokmal_on_a_phone(
            @Anonymous(locale = "nb-NO", phone = true) Visitor visitor) {
        visitor.open("/dialogues");
        assertThat(visitor.page().locator("#dialogues")).containsText("Ingen markedsdialoger ennå.");
        assertThat(visitor.page().locator("#dialogues .empty-state-next")).hasText("Gå til forumene");
        visitor.assertAccessible();
        visitor.open("/buyer-groups");
        assertThat(visitor.page().locator("#buyer-groups")).containsText("Ingen innkjøpsgrupper ennå.");
        visitor.assertAccessible();
        visitor.open("/strategies/public");
        assertThat(visitor.page().locator("#public-strategies")).containsText("Ingen strategi er vedtatt ennå.");
        assertThat(visitor.page().locator("#public-strategies .empty-state-next")).hasText("Gå til forumene");
        visitor.assertAccessible();
    }
}
