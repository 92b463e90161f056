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
 * Three agencies form a buyer group from the demo joint-purchase proposal; two sign letters of
 * intent and the lead commits; a supplier registers interest and sees the public shares but never
 * the third agency's hidden share, nor a total that includes it; the lead starts the tender with a
 * Doffin notice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerGroupBrowserIT {

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("buyer-group", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-buyer-group"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    private Page signedIn(BrowserContext context, String email) {
        Page page = context.newPage();
        LocalSignIn.signIn(page, portal.baseUrl(), email, "demo");
        return page;
    }

    private static void join(Page page, String quantity, boolean visible) {
        page.locator("#join-group").click();
        page.locator("#share-quantity input").fill(quantity);
        page.locator("#share-footprint").click();
        page.locator("vaadin-select-item[role=option]:visible").first().click();
        if (visible) {
            page.locator("#share-visible input").check();
        }
        Chromium.assertAccessible(page);
        page.locator("#save-share").click();
        assertThat(page.locator("#change-share")).isVisible();
    }

    private static void signLetter(Page page) {
        page.locator("#sign-letter").click();
        page.locator("#confirm-letter").click();
        assertThat(page.locator("#sign-letter")).hasCount(0);
    }

    @Test
    void three_agencies_form_a_group_two_commit_a_supplier_registers_and_the_lead_starts_the_tender() {
        String groupUrl;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "agency@demo.buyzet.eu");
            page.navigate(portal.baseUrl() + "/search?q=consolidated");
            page.locator("#search-results a.submission-link:visible",
                    new Page.LocatorOptions().setHasText("Joint purchase: consolidated deliveries to schools")).click();
            assertThat(page.locator("#footprint-proposal-sum")).containsText("2 linked needs");
            page.locator("#form-buyer-group").click();
            Chromium.assertAccessible(page);
            page.locator("#confirm-form-buyer-group").click();
            // the group's title is its proposal's: wait for the group's own page before taking its address
            page.waitForURL(java.util.regex.Pattern.compile(".*/buyer-groups/\\d+$"));
            assertThat(page.locator("#fact-status")).hasText("Forming");
            assertThat(page.locator("h1")).hasText("Joint purchase: consolidated deliveries to schools");
            groupUrl = page.url();

            page.locator("#join-group").click();
            page.locator("#share-quantity input").fill("six hundred");
            page.locator("#save-share").click();
            assertThat(page.locator("#share-quantity")).containsText("Write the amount in digits");
            page.locator("#share-quantity input").fill("600");
            page.locator("#share-contact-email input").fill("not an address");
            page.locator("#save-share").click();
            assertThat(page.locator("#share-footprint")).containsText("This field is required");
            assertThat(page.locator("#share-contact-email")).containsText("Enter an email address");
            assertThat(page.locator("#share-quantity input")).hasValue("600");
            page.locator("#share-contact-email input").fill("ingrid.hansen@ren.oslo.kommune.no");
            page.locator("#share-footprint").click();
            page.locator("vaadin-select-item[role=option]:visible").first().click();
            page.locator("#share-visible input").check();
            page.locator("#save-share").click();
            assertThat(page.locator("#change-share")).isVisible();
            signLetter(page);
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "agency2@demo.buyzet.eu");
            page.navigate(groupUrl);
            join(page, "500", true);
            signLetter(page);
        }
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = signedIn(context, "agency3@demo.buyzet.eu");
            page.navigate(groupUrl);
            page.locator("#join-group").click();
            page.locator("#share-quantity input").fill("250");
            page.locator("#share-footprint").click();
            page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText("Skolemat"))
                    .click();
            page.locator("#save-share").click();
            assertThat(page.locator("#buyer-group-shares")).containsText("andelen vises ikke");
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "supplier@demo.buyzet.eu");
            page.navigate(groupUrl);
            // 1,350 here and 1,100 once committed without the third would give its 250 away: no total includes it
            assertThat(page.locator("#buyer-group-units")).containsText("withheld");
            assertThat(page.locator("#breakdown-withheld")).isVisible();
            assertThat(page.locator("#buyer-group-shares")).containsText("600 deliveries a year");
            assertThat(page.locator("#buyer-group-shares")).containsText("500 deliveries a year");
            assertThat(page.locator("main")).not().containsText("1,350");
            assertThat(page.locator("main")).not().containsText("250 deliveries");
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "agency@demo.buyzet.eu");
            page.navigate(groupUrl);
            page.locator("#commit-group").click();
            assertThat(page.locator("#fact-status")).hasText("Committed");
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "agency2@demo.buyzet.eu");
            assertThat(page.locator("#notification-bell")).hasAttribute("aria-label",
                    java.util.regex.Pattern.compile("Notifications: [1-9]\\d* unread"));
            page.locator("#notification-bell").click();
            assertThat(page.locator("#notifications li").first())
                    .containsText("Committed: Joint purchase: consolidated deliveries to schools");
            Chromium.assertAccessible(page);
            page.keyboard().press("Escape");
            assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "Notifications: none unread");
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "supplier@demo.buyzet.eu");
            page.navigate(groupUrl);
            assertThat(page.locator("#buyer-group-units")).containsText("1,100 deliveries a year");
            assertThat(page.locator("main")).not().containsText("250");
            assertThat(page.locator("#buyer-group-demand")).containsText("Utdanningsetaten");
            page.locator("#register-interest").click();
            page.locator("#confirm-interest").click();
            assertThat(page.locator("#interest-statement")).containsText("This field is required");
            page.locator("#interest-statement textarea").fill("Electric vans and cargo bikes from a depot in Alna, "
                    + "from the autumn of 2027");
            Chromium.assertAccessible(page);
            page.locator("#confirm-interest").click();
            assertThat(page.locator("#supplier-count")).containsText("1 capable suppliers");
            assertThat(page.locator("#interest-registered")).isVisible();
            assertThat(page.locator("#supplier-interests")).hasCount(0);
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "agency@demo.buyzet.eu");
            page.navigate(groupUrl);
            assertThat(page.locator("#supplier-interests")).containsText("Grønn Håndverk AS");
            page.locator("#start-tendering").click();
            page.locator("#notice-id input").fill("12345");
            page.locator("#notice-url input").fill("https://example.org/notice");
            page.locator("#confirm-tender").click();
            assertThat(page.locator("#notice-id")).containsText("2026-123456");
            assertThat(page.locator("#notice-url")).containsText("doffin.no");
            Chromium.assertAccessible(page);
            page.locator("#notice-id input").fill("2026-104321");
            page.locator("#notice-url input").fill("https://doffin.no/notices/2026-104321");
            page.locator("#confirm-tender").click();
            assertThat(page.locator("#fact-status")).hasText("Tendering");
            assertThat(page.locator("#buyer-group-facts")).containsText("DOFFIN 2026-104321");
            assertThat(page.locator("#buyer-group-timeline")).containsText("Tender notice published");
            Chromium.assertAccessible(page);
        }
    }
}
