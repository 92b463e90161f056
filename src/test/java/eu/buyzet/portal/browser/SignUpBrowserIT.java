package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.buyzet.portal.TestSmtp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A supplier signs up, confirms its address from the mail, and posts; the post waits until a
 * moderator has verified the organisation and published the post, and then everyone sees it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpBrowserIT {

    private static final String EMAIL = "siri@lastesykkel.no";
    private static final String POST = "Lastesykler for glassinnsamling";

    private BrowserMail mail;
    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        mail = new BrowserMail();
        portal = mail.startPortal("signup");
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(mail, portal, chromium);
    }

    @Test
    void a_supplier_signs_up_is_verified_and_its_first_post_leaves_pre_moderation() throws Exception {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/login");
            page.locator("#sign-up-link").click();
            assertThat(page.locator("h1")).hasText("Sign up as a supplier");
            page.locator("#signup-org-number input").fill("123456789");
            page.locator("#signup-password input").fill("short");
            page.locator("#signup-send").click();
            assertThat(page.locator("#signup-organisation-name")).hasAttribute("invalid", "");
            assertThat(page.locator("#signup-org-number")).containsText("not a valid");
            assertThat(page.locator("#signup-password")).containsText("12");
            assertThat(page.locator("#signup-privacy")).hasAttribute("invalid", "");
            assertThat(page.locator("#signup-org-number input")).hasValue("123456789");
            Chromium.assertAccessible(page);

            page.locator("#signup-organisation-name input").fill("Lastesykkel Oslo AS");
            page.locator("#signup-org-number input").fill("310000035");
            page.locator("#signup-name input").fill("Siri Sykkel");
            page.locator("#signup-email input").fill(EMAIL);
            page.locator("#signup-password input").fill("et langt passord 123");
            page.locator("#signup-privacy input").check();
            page.locator("#signup-send").click();
            assertThat(page.locator("#signup-done")).containsText(EMAIL);
        }

        String body = TestSmtp.text(mail.await(EMAIL, m -> TestSmtp.subject(m).contains("Confirm")
                || TestSmtp.subject(m).contains("Bekreft")));
        Matcher link = Pattern.compile("http\\S+/sign-up/confirm/\\S+").matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).as(body).isTrue();

        String postUrl;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(link.group());
            assertThat(page.locator("#signup-confirmed")).containsText("is confirmed");
            Chromium.assertAccessible(page);
            LocalSignIn.signIn(page, portal.baseUrl(), EMAIL, "et langt passord 123");
            page.navigate(portal.baseUrl() + "/forums");
            page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText("Zero-emission waste collection"))
                    .click();
            page.locator("#new-solution").click();
            page.locator("#submission-title input").fill(POST);
            page.locator("#submission-body textarea").fill("Vi henter glass med elektriske lastesykler.");
            page.locator("#save-submission").click();
            assertThat(page.locator("h1")).hasText(POST);
            FootprintSteps.declare(page, true);
            page.locator("#publish-submission").click();
            assertThat(page.locator("#submission-status")).containsText("Awaiting review");
            page.waitForURL(Pattern.compile(".*/submissions/\\d+$"));
            postUrl = page.url();
        }

        LocalSignIn.assertAnonymousSees(chromium, postUrl, POST, false);

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/moderation");
            assertThat(page.locator("#pending-organisations")).containsText("Lastesykkel Oslo AS");
            Chromium.assertAccessible(page);
            page.locator("#pending-organisations .verify-organisation").first().click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Lastesykkel Oslo AS is verified");
            assertThat(page.locator("#pending-organisations .verify-organisation:visible")).hasCount(0);
            page.locator("#posts-awaiting-review a", new Page.LocatorOptions().setHasText(POST)).click();
            assertThat(page.locator("h1")).hasText(POST);
            page.locator("#approve-submission").click();
            assertThat(page.locator("#submission-status")).hasCount(0);
        }

        LocalSignIn.assertAnonymousSees(chromium, postUrl, POST, true);
    }
}
