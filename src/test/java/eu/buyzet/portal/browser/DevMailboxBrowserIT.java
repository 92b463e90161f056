package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The jar started as {@code ./mvnw spring-boot:run} starts the application: the dev profile on the
 * embedded default without a mail server. An administrator reads the mails there; a supplier
 * does not find the page. (Without the profile the page does not exist: {@link LocalSignInBrowserIT}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevMailboxBrowserIT {

    private static final String EMAIL = "dev-mailbox@lastesykkel.no";

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("dev-mailbox", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-dev-mailbox"),
                "--spring.profiles.include=dev");
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    @Test
    void under_the_dev_profile_an_admin_reads_a_sign_up_link_in_the_dev_mailbox_and_a_supplier_finds_no_page() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/sign-up");
            page.locator("#signup-organisation-name input").fill("Utviklerpost AS");
            page.locator("#signup-org-number input").fill("310000108");
            page.locator("#signup-name input").fill("Dev Eloper");
            page.locator("#signup-email input").fill(EMAIL);
            page.locator("#signup-password input").fill("et langt passord 123");
            page.locator("#signup-privacy input").check();
            page.locator("#signup-send").click();
            assertThat(page.locator("#signup-done")).containsText(EMAIL);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/dev/mailbox");
            assertThat(page.locator("h1")).not().hasText("Dev mailbox");
            assertThat(page.locator("#dev-mails")).hasCount(0);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/dev/mailbox");
            assertThat(page.locator("h1")).hasText("Dev mailbox");
            assertThat(page.locator("#dev-mails")).containsText(EMAIL);
            Chromium.assertAccessible(page);
        }
    }
}
