package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Needs and solutions from writing to moderation, on the production jar with demo data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionBrowserIT {

    private static final String XSS_TITLE = "Behov <script>window.xss=1</script><img src=x onerror=\"window.xss=1\">";
    private static final String XSS_BODY = "Tekst [lenke](javascript:window.xss=1) <svg onload=\"window.xss=1\"></svg>";

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("submissions", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-submissions"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }


    private void openForum(Page page, String title) {
        page.navigate(portal.baseUrl() + "/forums");
        page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("h1")).hasText(title);
    }

    @Test
    void an_agency_posts_a_need_a_supplier_answers_and_a_moderator_hides_it_with_a_reason_the_author_sees() {
        String needTitle;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            List<String> scripts = Chromium.watchForScripts(page);
            LocalSignIn.signIn(page, portal.baseUrl(), "agency@demo.buyzet.eu", "demo");
            openForum(page, "Zero-emission waste collection");
            page.locator("#new-need").click();
            assertThat(page.locator("h1")).hasText("New need");
            Chromium.assertAccessible(page);

            page.locator("#save-submission").click();
            assertThat(page.locator("#submission-title")).containsText("This field is required");

            page.locator("#submission-title input").fill(XSS_TITLE);
            page.locator("#submission-summary textarea").fill("Henting av glass og metall med elektrisk bil.");
            page.locator("#submission-body textarea").fill(XSS_BODY);
            page.locator("#submission-cpv input").fill("90511000-2");
            page.locator("#submission-cpv input").press("Tab");
            page.locator("#save-submission").click();
            assertThat(page.locator("h1")).hasText(XSS_TITLE);
            FootprintSteps.declareAndPublish(page, false);

            assertThat(page.locator("h1")).hasText(XSS_TITLE);
            assertThat(page.locator(".markdown a[href]")).hasCount(0);
            assertThat(page.locator("#submission-meta")).containsText("Need");
            assertThat((Object) page.evaluate("() => window.xss")).isNull();
            assertThat(scripts).isEmpty();
            Chromium.assertAccessible(page);
            needTitle = XSS_TITLE;
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier@demo.buyzet.eu", "demo");
            openForum(page, "Zero-emission waste collection");
            Locator need = page.locator("#submissions a.submission-link:visible", new Page.LocatorOptions().setHasText("Behov"));
            assertThat(need.first()).isVisible();
            assertThat((Object) page.evaluate("() => window.xss")).isNull();
            assertThat(page.locator("#new-need")).hasCount(0);
            page.locator("#new-solution").click();
            page.locator("#submission-title input").fill("Elektrisk glassinnsamling");
            page.locator("#submission-body textarea").fill("Vi henter glass med **elektrisk** lastebil.");
            page.locator("#save-submission").click();
            assertThat(page.locator("h1")).hasText("Elektrisk glassinnsamling");
            FootprintSteps.declareAndPublish(page, true);
            assertThat(page.locator("#footprint-saving")).containsText("3,782.6");
            assertThat(page.locator("#footprint-chart svg")).isVisible();
            assertThat(page.locator("#footprint-chart")).hasAttribute("aria-label",
                    java.util.regex.Pattern.compile("Baseline today 3869 kg CO2e; With this solution 87 kg CO2e"));
            Chromium.assertAccessible(page);
            assertThat(page.locator(".markdown strong")).hasText("elektrisk");
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
            openForum(page, "Zero-emission waste collection");
            page.locator("#submissions a.submission-link:visible", new Page.LocatorOptions().setHasText("Behov")).first().click();
            page.locator("#hide-submission").click();
            page.locator("#confirm-hide").click();
            assertThat(page.locator("#hide-reason")).containsText("This field is required");
            page.locator("#hide-reason textarea").fill("Off-topic: post it in the schools forum");
            page.locator("#confirm-hide").click();
            assertThat(page.locator("#hidden-notice")).containsText("Off-topic: post it in the schools forum");
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "agency@demo.buyzet.eu", "demo");
            openForum(page, "Zero-emission waste collection");
            assertThat(page.locator("#submissions a.submission-link:visible", new Page.LocatorOptions()
                    .setHasText(needTitle))).hasCount(0);
        }
    }

    @Test
    void search_in_a_forum_finds_norwegian_word_forms_and_marks_them() {
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/forums");
            page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText("Avfallshenting uten utslipp")).click();
            page.locator("#submission-search input").fill("avfallshenting");
            Locator hit = page.locator("#submissions a.submission-link:visible", new Page.LocatorOptions()
                    .setHasText("Avfallshenting fra 180 kommunale bygg"));
            assertThat(hit).hasCount(1);
            assertThat(page.locator("#submissions mark:visible").first()).isVisible();
            Chromium.assertAccessible(page);
            hit.click();
            assertThat(page.locator("h1")).hasText("Avfallshenting fra 180 kommunale bygg");
            assertThat(page.locator(".markdown li").first()).isVisible();
            Chromium.assertAccessible(page);
        }
    }
}
