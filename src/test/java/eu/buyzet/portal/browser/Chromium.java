package eu.buyzet.portal.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Debian's Chromium driven by Playwright (which cannot download a browser of its own here). */
final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        // the CI machine runs the browser tests beside a loaded portal, where a page that Vaadin
        // bootstraps anew (after a sign-out, say) has taken longer than an assertion's default 5 s;
        // assertions wait as long as actions do, which costs time only when a test is failing
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh browser profile whose preferred language is {@code locale}, e.g. "en-GB" or "nb-NO". */
    BrowserContext newContext(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** A phone-sized window. */
    BrowserContext newPhoneContext(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /**
     * Collects the dialogs a page opens: an XSS payload such as {@code alert(1)} that runs shows up
     * here, and a test asserts the list stays empty (payloads that set {@code window.xss} are checked
     * separately).
     */
    static java.util.List<String> watchForScripts(Page page) {
        java.util.List<String> ran = new java.util.ArrayList<>();
        page.onDialog(dialog -> {
            ran.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
        return ran;
    }

    /**
     * Collects what the browser reports as blocked by the Content-Security-Policy (and errors the
     * page throws), so a test can assert that the portal works under its own policy.
     */
    static java.util.List<String> watchForPolicyViolations(Page page) {
        java.util.List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> violations.add("page error: " + error));
        return violations;
    }

    /** Fails on any WCAG 2.1 A/AA or best-practice violation that axe-core finds on the page. */
    static void assertAccessible(Page page) {
        page.waitForLoadState();
        // a message fading in or out has too little contrast for a moment: check the settled page,
        // after any transient notification has closed (they last a few seconds)
        page.waitForFunction("() => !document.querySelector('vaadin-notification-card')",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        waitForSettledAnimations(page);
        List<Rule> violations = analyse(page);
        if (!violations.isEmpty() && violations.stream().allMatch(v -> v.getId().equals("color-contrast"))) {
            // an overlay that has just been attached starts its fade-in a frame later, after the
            // wait above has passed: a real contrast fault is still there a moment later
            page.waitForTimeout(750);
            waitForSettledAnimations(page);
            violations = analyse(page);
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page.url() + ":\n" + violations.stream()
                    .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    private static void waitForSettledAnimations(Page page) {
        // Vaadin overlays carry "opening"/"closing" while they fade; the shadow trees' animations
        // are not all listed by document.getAnimations()
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')"
                + " && document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect.getComputedTiming().iterations === Infinity)");
    }

    private static List<Rule> analyse(Page page) {
        AxeBuilder axe = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"));
        // Vaadin's own helpers, not part of the portal's content: the development tools, and the
        // connection indicator (an empty status element that is shown only while reconnecting)
        for (String helper : List.of("copilot-main", "vaadin-dev-tools", "vaadin-connection-indicator")) {
            axe.exclude(helper);
        }
        AxeResults results = axe.analyze();
        String expected = System.getProperty("axe-core.version");
        if (expected != null && !expected.equals(results.getTestEngine().getVersion())) {
            throw new AssertionError("axe-core " + results.getTestEngine().getVersion() + " ran, not " + expected
                    + ": run the browser tests with -Pproduction, which puts it on the test classpath");
        }
        return results.getViolations();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
