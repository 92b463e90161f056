package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded default as a new user meets it: the production jar with its embedded PostgreSQL
 * and demo data, local sign-in, in English and Norwegian, checked with axe on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalSignInBrowserIT {

    private Path dataDir;
    private int port;
    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("buyzet-browser-pg");
        port = PortalProcess.freePort();
        portal = startPortal();
        chromium = new Chromium();
    }

    private PortalProcess startPortal() throws Exception {
        return PortalProcess.start("local", port, Map.of(), "--buyzet.database.embedded-dir=" + dataDir,
                "--server.servlet.session.timeout=5m");
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    @ParameterizedTest(name = "{1} signs in and sees the {1} navigation")
    @CsvSource({
            "agency@demo.buyzet.eu, AGENCY, Municipal agency, false",
            "supplier@demo.buyzet.eu, SUPPLIER, Supplier, false",
            "moderator@demo.buyzet.eu, MODERATOR, Moderator, false",
            "admin@demo.buyzet.eu, ADMIN, Administrator, true"})
    void each_role_signs_in_locally_and_sees_its_navigation(String email, String role, String roleLabel,
                                                            boolean admin) {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            List<String> blocked = Chromium.watchForPolicyViolations(page);
            page.navigate(portal.baseUrl() + "/login");
            assertThat(page.locator("vaadin-login-form")).isVisible();
            Chromium.assertAccessible(page);

            signIn(page, email, "demo");
            assertThat(page.locator("#home-roles")).hasText(roleLabel);
            assertThat(page.locator("h1")).containsText("Welcome");
            Chromium.assertAccessible(page);

            List<String> navigation = page.locator("vaadin-side-nav-item").allInnerTexts().stream()
                    .map(String::strip).toList();
            if (admin) {
                assertThat(navigation).containsExactly("Start", "Forums", "Find submissions", "Market dialogues", "Buyer groups", "Footprint calculator",
                        "Contract footprint", "My organisation", "Moderation", "Organisations", "Members", "Factor sets", "Audit trail");
            } else if (role.equals("MODERATOR")) {
                assertThat(navigation).containsExactly("Start", "Forums", "Find submissions", "Market dialogues", "Buyer groups", "Footprint calculator",
                        "Contract footprint", "My organisation", "Moderation");
            } else if (role.equals("AGENCY")) {
                assertThat(navigation).containsExactly("Start", "Forums", "Find submissions", "Market dialogues", "Buyer groups", "My submissions",
                        "Footprint calculator", "Contract footprint", "My organisation");
            } else {
                assertThat(navigation).containsExactly("Start", "Forums", "Find submissions", "Market dialogues", "Buyer groups", "My submissions",
                        "Footprint calculator", "My organisation");
            }

            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My organisation")).click();
            assertThat(page.locator("#colleagues")).isVisible();
            Chromium.assertAccessible(page);

            if (admin) {
                page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Organisations")).click();
                assertThat(page.locator("#organisations")).isVisible();
                assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                        .setHasText("Grønn Håndverk AS")).first()).isVisible();
                Chromium.assertAccessible(page);
                page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Members")).click();
                assertThat(page.locator("#members")).isVisible();
                Chromium.assertAccessible(page);
            } else {
                // the admin screens are refused by the server, not only hidden from the menu
                page.navigate(portal.baseUrl() + "/admin/organisations");
                assertThat(page.locator("h1")).hasText("Page not found");
                assertThat(page.locator("#organisations")).hasCount(0);
                Chromium.assertAccessible(page);
                page.navigate(portal.baseUrl() + "/");
            }

            page.locator("#sign-out").click();
            assertThat(page.locator("vaadin-login-form")).isVisible();
            org.assertj.core.api.Assertions.assertThat(blocked).as("the pages work under their Content-Security-Policy")
                    .isEmpty();
        }
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_a_message_saying_how_long_and_another_account_still_signs_in() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            List<String> blocked = Chromium.watchForPolicyViolations(page);
            for (int i = 1; i <= 4; i++) {
                signIn(page, "agency3@demo.buyzet.eu", "not-the-password-" + i);
                assertThat(page.locator("vaadin-login-form")).containsText("Wrong email or password");
            }
            signIn(page, "agency3@demo.buyzet.eu", "not-the-password-5");
            assertThat(page.locator("vaadin-login-form")).containsText("Sign-in paused");
            assertThat(page.locator("vaadin-login-form")).containsText("Wait 15 minutes and try again");
            assertThat(page.locator("vaadin-login-form")).containsText("contact an administrator");
            Chromium.assertAccessible(page);
            // while locked, the right password does not help
            signIn(page, "agency3@demo.buyzet.eu", "demo");
            assertThat(page.locator("vaadin-login-form")).containsText("Sign-in paused");
            org.assertj.core.api.Assertions.assertThat(blocked).isEmpty();
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            // a name nobody has gets exactly the same answers
            Page page = context.newPage();
            for (int i = 1; i <= 5; i++) {
                signIn(page, "nobody-here@example.org", "guess-" + i);
            }
            assertThat(page.locator("vaadin-login-form")).containsText("Wait 15 minutes and try again");
        }
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            // another account from the same browser and address still signs in, through the form and its CSRF token
            Page page = context.newPage();
            signIn(page, "supplier2@demo.buyzet.eu", "demo");
            assertThat(page.locator("#whoami")).isVisible();
        }
    }

    @Test
    void health_liveness_and_readiness_answer_up() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.baseUrl() + path))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void a_wrong_password_is_explained_in_the_browsers_language() {
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/login");
            assertThat(page.locator("h1")).hasText("BuyZET-portalen");
            signIn(page, "agency@demo.buyzet.eu", "not-the-password");
            assertThat(page.locator("vaadin-login-form")).containsText("Feil e-post eller passord");
            assertThat(page.getByText("Exception")).hasCount(0);
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void the_language_switch_changes_the_language_and_remembers_it() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/login");
            assertThat(page.locator("h1")).hasText("BuyZET Portal");
            page.locator("#language-switch").click();
            assertThat(page.locator("h1")).hasText("BuyZET-portalen");
            signIn(page, "supplier@demo.buyzet.eu", "demo");
            assertThat(page.locator("#home-roles")).hasText("Leverandør");
            Chromium.assertAccessible(page);
            page.locator("#language-switch").click();
            assertThat(page.locator("#home-roles")).hasText("Supplier");
        }
    }

    @Test
    void an_unknown_page_says_so_in_the_users_language() {
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            signIn(page, "agency@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/no-such-page");
            assertThat(page.locator("h1")).hasText("Fant ikke siden");
            assertThat(page.getByText("Exception")).hasCount(0);
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void an_expired_session_is_explained_not_shown_as_an_error() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "agency@demo.buyzet.eu", "demo");
            assertThat(page.locator("#whoami")).isVisible();
            // the browser still sends its session cookie, but the server has forgotten the session,
            // as it does after the timeout
            context.addCookies(List.of(new com.microsoft.playwright.options.Cookie("JSESSIONID", "EXPIRED")
                    .setUrl(portal.baseUrl())));
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My organisation")).click();
            assertThat(page.getByText("Your session has expired")).isVisible();
            assertThat(page.getByText("Exception")).hasCount(0);
        }
    }

    @Test
    void works_on_a_phone_sized_screen() {
        try (BrowserContext context = chromium.newPhoneContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "admin@demo.buyzet.eu", "demo");
            assertThat(page.locator("#whoami")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the menu")).click();
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Organisations")).click();
            assertThat(page.locator("#organisations")).isVisible();
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void an_admin_gets_field_messages_for_bad_input_and_the_data_survives_a_restart() throws Exception {
        String name = "Elbil Budservice AS " + System.nanoTime();
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/admin/organisations");
            page.locator("#add-organisation").click();
            page.locator("#organisation-name input").fill(name);
            page.locator("#organisation-kind vaadin-radio-button").nth(1).click();
            Locator number = page.locator("#organisation-org-number");
            number.locator("input").fill("123 456 789");
            page.locator("#save-organisation").click();
            assertThat(number).containsText("not a valid Norwegian organisation number");
            assertThat(number.locator("input")).hasValue("123 456 789");
            assertThat(page.locator("#organisation-name input")).hasValue(name);
            Chromium.assertAccessible(page);

            number.locator("input").fill("916 327 234");
            page.locator("#save-organisation").click();
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
            page.locator("#organisation-search input").fill(name);
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name)).first())
                    .isVisible();
        }

        portal.close();
        portal = startPortal();

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/admin/organisations");
            page.locator("#organisation-search input").fill(name);
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name)).first())
                    .isVisible();
        }
    }

    @Test
    void sign_ins_and_failed_sign_ins_are_in_the_audit_trail_an_admin_searches_and_downloads() throws Exception {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "supplier@demo.buyzet.eu", "not-the-password");
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/audit-log");
            page.locator("#audit-action input").fill("security.");
            assertThat(page.locator("#audit-events")).containsText("security.signed-in");
            assertThat(page.locator("#audit-events")).containsText("Ola Nordmann");
            assertThat(page.locator("#audit-events")).containsText("security.sign-in-failed");
            assertThat(page.locator("#audit-events")).containsText("supplier@demo.buyzet.eu");
            Chromium.assertAccessible(page);
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.locator("#download-audit-csv").click());
            String csv = Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(csv).contains("security.signed-in").contains("Ola Nordmann")
                    .doesNotContain("registry.member-created");
        }
    }

    @Test
    void a_member_chooses_mail_follows_a_cpv_category_downloads_their_data_and_reads_the_privacy_notice()
            throws Exception {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/privacy");
            assertThat(page.locator("h1")).hasText("Privacy notice");
            assertThat(page.locator("main")).containsText("no tracking");
            Chromium.assertAccessible(page);
            // the production jar runs without the dev profile: the outbox of others' links is not there at
            // all; an anonymous visitor is sent to sign in, as for any address that is no public page
            page.navigate(portal.baseUrl() + "/dev/mailbox");
            assertThat(page.locator("vaadin-login-form")).isVisible();
            assertThat(page.locator("#dev-mails")).hasCount(0);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/dev/mailbox");
            assertThat(page.locator("h1")).hasText("Page not found");
            assertThat(page.locator("#dev-mails")).hasCount(0);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, "supplier2@demo.buyzet.eu", "demo");
            page.locator("#my-account").click();
            assertThat(page.locator("h1")).hasText("My account");
            Chromium.assertAccessible(page);
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.locator("#download-my-data").click());
            String json = Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(json).contains("\"profile\"").contains("supplier2@demo.buyzet.eu");

            page.locator("#account-notification-settings").click();
            page.locator("#mode-buyer-group-step vaadin-radio-button", new Page.LocatorOptions().setHasText("Daily digest"))
                    .click();
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Saved")))
                    .isVisible();
            page.locator("#follow-cpv input").fill("9051");
            page.locator("#add-follow-cpv").click();
            assertThat(page.locator("#follow-cpv")).hasAttribute("invalid", "");
            assertThat(page.locator("#follow-cpv input")).hasValue("9051");
            page.locator("#follow-cpv input").fill("90500000-2");
            page.locator("#add-follow-cpv").click();
            assertThat(page.locator("#following")).containsText("CPV: 90500000-2");
            Chromium.assertAccessible(page);
            page.reload();
            assertThat(page.locator("#mode-buyer-group-step vaadin-radio-button[checked]")).hasText("Daily digest");

            page.navigate(portal.baseUrl() + "/search?q=refuse&kind=SOLUTION");
            page.locator("#follow-search").click();
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("You follow this search")))
                    .isVisible();
            page.navigate(portal.baseUrl() + "/notifications");
            assertThat(page.locator("#following")).containsText("Search: “refuse” · kind SOLUTION");
            page.locator("#following a", new Page.LocatorOptions().setHasText("refuse")).click();
            assertThat(page.locator("#search-text input")).hasValue("refuse");
        }
    }

    private void signIn(Page page, String email, String password) {
        LocalSignIn.signIn(page, portal.baseUrl(), email, password);
    }
}
