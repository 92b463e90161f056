package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Forums as readers and moderators meet them, on the production jar with demo data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumBrowserIT {

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("forums", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-forums"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    private Locator rows(Page page) {
        // the grid keeps rows it no longer shows in the DOM, hidden
        return page.locator("#forums a.forum-link:visible");
    }

    @Test
    void anyone_reads_public_forums_without_signing_in_and_members_only_ones_do_not_exist_for_them() {
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/forums");
            assertThat(page.locator("h1")).hasText("Fora");
            assertThat(rows(page).filter(new Locator.FilterOptions().setHasText("Avfallshenting"))).hasCount(1);
            assertThat(rows(page).filter(new Locator.FilterOptions().setHasText("Varelevering til skoler"))).hasCount(1);
            assertThat(rows(page).filter(new Locator.FilterOptions().setHasText("Byggelogistikk"))).hasCount(0);
            assertThat(page.locator("#sign-in")).isVisible();
            Chromium.assertAccessible(page);

            rows(page).filter(new Locator.FilterOptions().setHasText("Avfallshenting")).click();
            assertThat(page.locator("h1")).hasText("Avfallshenting uten utslipp");
            assertThat(page.getByText("90511000-2")).isVisible();
            Chromium.assertAccessible(page);

            page.navigate(portal.baseUrl() + "/forums/4");
            assertThat(page.locator("h1")).hasText("Fant ikke siden");
        }
    }

    @Test
    void a_search_lives_in_the_url_and_can_be_shared() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/forums");
            page.locator("#forum-search input").fill("schools");
            assertThat(rows(page)).hasCount(1);
            page.waitForURL("**/forums?q=schools");

            Page shared = context.newPage();
            shared.navigate(portal.baseUrl() + "/forums?q=schools");
            assertThat(rows(shared)).hasCount(1);
            assertThat(shared.locator("#forum-search input")).hasValue("schools");
        }
    }

    @Test
    void a_moderator_opens_a_forum_and_gets_field_messages_for_bad_input() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");

            page.navigate(portal.baseUrl() + "/forums");
            assertThat(rows(page).filter(new Locator.FilterOptions().setHasText("Construction logistics"))).hasCount(1);
            page.locator("#add-forum").click();
            page.locator("#forum-title-nb input").fill("Matlevering til sykehjem");
            page.locator("#forum-title-en input").fill("Food delivery to nursing homes");
            Locator cpv = page.locator("#forum-cpv");
            cpv.locator("input").fill("5552000-1");
            page.locator("#save-forum").click();
            assertThat(cpv).containsText("eight digits");
            assertThat(cpv.locator("input")).hasValue("5552000-1");
            Chromium.assertAccessible(page);

            cpv.locator("input").fill("55520000-1");
            page.locator("#save-forum").click();
            assertThat(page.locator("h1")).hasText("Food delivery to nursing homes");
            assertThat(page.locator("#edit-forum")).isVisible();
            Chromium.assertAccessible(page);

            page.locator("#archive-forum").click();
            assertThat(page.locator("#archived-notice")).isVisible();
            assertThat(page.locator("#edit-forum")).isDisabled();
        }
    }
}
