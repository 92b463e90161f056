package eu.buyzet.portal.browser;

import com.microsoft.playwright.Page;

/** Browser-test helpers shared by the test classes. */
final class LocalSignIn {

    private LocalSignIn() {
    }

    /** Signs in through the local sign-in form, as a person types it. */
    static void signIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        // Spring Security returns to "/?continue": wait for content, not for a URL
        page.locator("#whoami, vaadin-login-form[error]").first().waitFor();
    }

    /** Whether someone not signed in finds the page with this heading at the address. */
    static void assertAnonymousSees(Chromium chromium, String url, String heading, boolean sees) {
        try (com.microsoft.playwright.BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(url);
            if (sees) {
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1")).hasText(heading);
            } else {
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1")).not().hasText(heading);
            }
        }
    }

    /** Closes what a test class started, in reverse order, whatever of it did start. */
    static void closeAll(AutoCloseable... started) throws Exception {
        for (int i = started.length - 1; i >= 0; i--) {
            if (started[i] != null) {
                started[i].close();
            }
        }
    }
}
