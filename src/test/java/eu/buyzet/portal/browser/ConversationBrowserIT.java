package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The conversation around a need, on the production jar with demo data: an agency posts a need,
 * a supplier answers with a solution carrying a confidential file and marks interest, another
 * agency comments, a moderator hides the comment and its author sees why. Script payloads sit in
 * the comment and the file name; another supplier cannot reach the confidential file even by URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationBrowserIT {

    private static final String XSS_COMMENT = "Vi vil være med! <script>window.xss=1</script><img src=x onerror=\"window.xss=1\">";
    private static final String XSS_FILE = "prisliste<img src=x onerror=window.xss=1>.png";
    private static final String NEED = "Matlevering til 40 sykehjem";
    private static final String SOLUTION = "Elektrisk matlevering med kjølebil";

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("conversation", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-conversation"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }


    private static void assertNoScriptRan(Page page, List<String> ran) {
        assertThat((Object) page.evaluate("() => window.xss")).isNull();
        assertThat(ran).isEmpty();
    }

    private void openSubmission(Page page, String title) {
        page.navigate(portal.baseUrl() + "/search?q=" + title.split(" ")[0]);
        page.locator("#search-results a.submission-link:visible", new Page.LocatorOptions().setHasText(title)).first()
                .click();
        assertThat(page.locator("h1")).hasText(title);
    }

    private static void post(Page page, String kindButton, String title, String body) {
        page.locator(kindButton).click();
        page.locator("#submission-title input").fill(title);
        page.locator("#submission-body textarea").fill(body);
        page.locator("#submission-cpv input").fill("varetransport");
        page.locator("#submission-cpv input").press("Tab");
        assertThat(page.locator("#submission-cpv")).containsText("eight digits");
        assertThat(page.locator("#submission-cpv input")).hasValue("varetransport");
        page.locator("#submission-cpv input").fill("60100000-9");
        page.locator("#submission-cpv input").press("Tab");
        page.locator("#save-submission").click();
        assertThat(page.locator("h1")).hasText(title);
        FootprintSteps.declareAndPublish(page, kindButton.equals("#new-solution"));
        assertThat(page.locator("main")).containsText("60100000-9 Road transport services");
    }

    private void openForum(Page page) {
        page.navigate(portal.baseUrl() + "/forums");
        page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText("Goods delivery to schools")).click();
    }

    @Test
    void agency_posts_need_supplier_answers_and_marks_interest_another_agency_comments_and_a_moderator_hides_it()
            throws Exception {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "agency@demo.buyzet.eu", "demo");
            openForum(page);
            post(page, "#new-need", NEED, "Vi kjøper levering av mat til **40 sykehjem**, i dag med dieselbil.");
        }

        String fileHref;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            List<String> ran = Chromium.watchForScripts(page);
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier@demo.buyzet.eu", "demo");
            openForum(page);
            post(page, "#new-solution", SOLUTION, "Kjølte elektriske varebiler (N1) og én hub i Alnabru.");
            page.locator("#attachment-confidential input").check();
            byte[] png = Files.readAllBytes(java.nio.file.Path.of("docs/images/start-page.png"));
            page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload(XSS_FILE, "image/png", png));
            Locator link = page.locator("#attachment-list a.attachment-link");
            assertThat(link).hasText(XSS_FILE);
            assertThat(page.locator("#attachment-list")).containsText("Confidential");
            fileHref = link.getAttribute("href");
            page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload("virus.png", "image/png",
                    "MZ this is not a picture".getBytes(StandardCharsets.US_ASCII)));
            assertThat(page.locator("#attachment-error")).containsText("content must match");
            assertNoScriptRan(page, ran);
            Chromium.assertAccessible(page);

            openSubmission(page, NEED);
            assertThat(page.locator("#interest-count")).hasText("0 organisations are interested");
            page.locator("#interest-toggle").click();
            assertThat(page.locator("#interest-count")).hasText("1 organisation is interested");
            assertThat(page.locator("#interest-who")).hasCount(0);
            Chromium.assertAccessible(page);
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            List<String> ran = Chromium.watchForScripts(page);
            LocalSignIn.signIn(page, portal.baseUrl(), "agency2@demo.buyzet.eu", "demo");
            openSubmission(page, NEED);
            page.locator("#comment-new-send").click();
            assertThat(page.locator("#comment-new")).containsText("This field is required");
            page.locator("#comment-new textarea").fill(XSS_COMMENT);
            page.locator("#comment-new-send").click();
            assertThat(page.locator("#comment-threads .comment-body").first()).hasText(XSS_COMMENT);
            assertThat(page.locator("#comments h2")).hasText("Comments (1)");
            assertNoScriptRan(page, ran);
            Chromium.assertAccessible(page);

            openSubmission(page, SOLUTION);
            assertThat(page.locator("#attachment-list a.attachment-link")).hasText(XSS_FILE);
            APIResponse download = context.request().get(portal.baseUrl() + "/" + fileHref);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.headers().get("content-type")).isEqualTo("image/png");
            assertNoScriptRan(page, ran);
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            // a member of another organisation flags the comment for the moderators
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            openSubmission(page, NEED);
            page.locator("#comment-threads .flag-comment").first().click();
            page.locator("#flag-reason vaadin-radio-button", new Page.LocatorOptions().setHasText("Inappropriate")).click();
            page.locator("#confirm-flag").click();
            assertThat(page.locator("#comment-threads .flagged-already").first()).isVisible();
            Chromium.assertAccessible(page);
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/moderation");
            assertThat(page.locator("#moderation-queue")).containsText("Comment");
            openSubmission(page, NEED);
            page.locator("#interest-who summary, #interest-who vaadin-details-summary").first().click();
            assertThat(page.locator("#interest-who")).containsText("Grønn Håndverk AS");
            page.locator("#comment-threads .hide-comment").first().click();
            page.locator("#confirm-comment-hide").click();
            assertThat(page.locator("#comment-hide-reason")).containsText("This field is required");
            page.locator("#comment-hide-reason textarea").fill("Markup that looks like code; please write plain text");
            page.locator("#confirm-comment-hide").click();
            assertThat(page.locator(".comment-hidden-notice").first()).containsText("please write plain text");
            Chromium.assertAccessible(page);
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "agency2@demo.buyzet.eu", "demo");
            openSubmission(page, NEED);
            assertThat(page.locator(".comment-hidden-notice").first())
                    .hasText("Hidden by a moderator. Reason: Markup that looks like code; please write plain text");
            assertThat(page.locator("#comment-threads .comment-body").first()).hasText(XSS_COMMENT);
        }

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            List<String> ran = Chromium.watchForScripts(page);
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            openSubmission(page, NEED);
            assertThat(page.locator(".comment-hidden-notice").first()).hasText("Hidden by a moderator");
            assertThat(page.locator("#comment-threads .comment-body")).hasCount(0);
            openSubmission(page, SOLUTION);
            assertThat(page.locator("#attachment-list a.attachment-link")).hasCount(0);
            APIResponse direct = context.request().get(portal.baseUrl() + "/" + fileHref);
            assertThat(direct.status()).isEqualTo(404);
            assertNoScriptRan(page, ran);
        }
    }
}
