package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import eu.buyzet.portal.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;

/**
 * Members of three organisations flag a supplier's solution; it is hidden and its author is told
 * in the portal and by mail; a moderator reviews it in the queue and restores it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModerationBrowserIT {

    private static final String TITLE = "Electric refuse trucks with depot charging";

    private BrowserMail mail;
    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        mail = new BrowserMail();
        // a suspension reaches open sessions at once, not after the usual ten seconds
        portal = mail.startPortal("moderation", "--buyzet.security.recheck-after=0s");
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(mail, portal, chromium);
    }

    private String solutionUrl(Page page) {
        page.navigate(portal.baseUrl() + "/forums");
        page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText("Zero-emission waste collection"))
                .click();
        page.locator("#submissions a.submission-link:visible", new Page.LocatorOptions().setHasText(TITLE)).click();
        page.waitForURL(Pattern.compile(".*/submissions/\\d+$"));
        return page.url();
    }

    private void flag(String email, String reason, String url, boolean hiddenAfterThis) {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), email, "demo");
            page.navigate(url);
            page.locator("#flag-submission").click();
            page.locator("#confirm-flag").click();
            assertThat(page.locator("#flag-reason")).hasAttribute("invalid", "");
            page.locator("#flag-reason vaadin-radio-button", new Page.LocatorOptions().setHasText(reason)).click();
            Chromium.assertAccessible(page);
            page.locator("#confirm-flag").click();
            assertThat(page.locator("#flagged-already")).containsText("flagged");
            page.reload();
            if (hiddenAfterThis) {
                assertThat(page.locator("h1")).not().hasText(TITLE);
            } else {
                assertThat(page.locator("#flagged-already")).isVisible();
                assertThat(page.locator("#flag-submission")).hasCount(0);
            }
        }
    }

    @Test
    @Order(1)
    void flagged_content_is_hidden_its_author_told_in_the_portal_and_by_mail_and_a_moderator_restores_it()
            throws Exception {
        String url;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            url = solutionUrl(context.newPage());
        }
        flag("agency@demo.buyzet.eu", "Spam", url, false);
        flag("supplier@demo.buyzet.eu", "Off-topic", url, false);
        try (BrowserContext authorContext = chromium.newContext("en-GB")) {
            // the author is reading the forum when the third flag comes: the bell changes without a reload
            Page author = authorContext.newPage();
            LocalSignIn.signIn(author, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            assertThat(author.locator("#notification-bell")).hasText("");
            flag("agency2@demo.buyzet.eu", "Spam", url, true);
            assertThat(author.locator("#notification-bell")).hasText("1");
        }

        LocalSignIn.assertAnonymousSees(chromium, url, TITLE, false);

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            assertThat(page.locator("#notification-bell")).hasText("1");
            page.locator("#notification-bell").click();
            assertThat(page.locator("#notifications")).containsText("Hidden after flags");
            assertThat(page.locator("#notifications")).containsText(TITLE);
            Chromium.assertAccessible(page);
        }
        MimeMessage told = mail.await("supplier2@demo.buyzet.eu", m -> TestSmtp.subject(m).contains(TITLE));
        org.assertj.core.api.Assertions.assertThat(TestSmtp.subject(told)).contains("Hidden after flags");
        org.assertj.core.api.Assertions.assertThat(TestSmtp.text(told)).contains("Hello Ahmed Khan").contains(url);

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/moderation");
            assertThat(page.locator("#moderation-queue")).containsText(TITLE);
            assertThat(page.locator("#moderation-queue")).containsText("3 organisations");
            Chromium.assertAccessible(page);
            page.locator("#restore-selected").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Choose");
            // the first checkbox selects all; the one row's own is the last
            page.locator("#moderation-queue vaadin-grid-cell-content vaadin-checkbox:visible").last().click();
            page.locator("#restore-selected").click();
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Reviewed: 1")))
                    .isVisible();
            assertThat(page.locator("#moderation-queue a:visible", new Page.LocatorOptions().setHasText(TITLE)))
                    .hasCount(0);
        }

        LocalSignIn.assertAnonymousSees(chromium, url, TITLE, true);
    }

    @Test
    @Order(2)
    void a_moderator_suspends_an_author_whose_open_session_then_ends() {
        String url;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            url = solutionUrl(context.newPage());
        }
        try (BrowserContext authorContext = chromium.newContext("en-GB")) {
            Page author = authorContext.newPage();
            LocalSignIn.signIn(author, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            try (BrowserContext context = chromium.newContext("en-GB")) {
                Page page = context.newPage();
                LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
                page.navigate(url);
                page.locator("#suspend-author").click();
                page.locator("#suspend-reason textarea").fill("Repeated advertising in the forum");
                Chromium.assertAccessible(page);
                page.locator("#confirm-suspend").click();
                assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("is suspended")))
                        .isVisible();
            }
            // the author's next step finds the session ended
            author.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Forums")).click();
            author.navigate(portal.baseUrl() + "/my-organisation");
            assertThat(author.locator("vaadin-login-form")).isVisible();
            LocalSignIn.signIn(author, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            assertThat(author.locator("vaadin-login-form")).isVisible();

            try (BrowserContext context = chromium.newContext("en-GB")) {
                Page page = context.newPage();
                LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
                page.navigate(url);
                assertThat(page.locator("#lift-suspension")).isVisible();
                // lifted from the moderation page, where any member can be found
                page.navigate(portal.baseUrl() + "/moderation");
                page.locator("#member-search input").fill("Ahmed");
                page.locator("#found-members vaadin-button:visible", new Page.LocatorOptions().setHasText("Lift")).click();
                assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("can sign in again")))
                        .isVisible();
            }
        }
        try (BrowserContext again = chromium.newContext("en-GB")) {
            Page author = again.newPage();
            LocalSignIn.signIn(author, portal.baseUrl(), "supplier2@demo.buyzet.eu", "demo");
            assertThat(author.locator("#whoami")).isVisible();
        }
    }
}
