package eu.buyzet.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * One person at one browser: a fresh browser profile with one tab on the portal. Opens the page
 * objects; every dialog a page opens (as an XSS payload's {@code alert(1)} would) and every
 * Content-Security-Policy report is collected from the first navigation on.
 */
final class Visitor implements AutoCloseable {

    private final Portal portal;
    private final BrowserContext context;
    private final Page page;
    private final List<String> scriptsThatRan;
    private final List<String> policyViolations;

    Visitor(Portal portal, BrowserContext context) {
        this.portal = portal;
        this.context = context;
        this.page = context.newPage();
        this.scriptsThatRan = Chromium.watchForScripts(page);
        this.policyViolations = Chromium.watchForPolicyViolations(page);
    }

    Page page() {
        return page;
    }

    /** The portal address of a path such as {@code /forums}. */
    String url(String path) {
        return portal.url(path);
    }

    /** Requests with this browser's cookies, e.g. for a file a link points to. */
    APIRequestContext request() {
        return context.request();
    }

    /** Adds a cookie, e.g. a session cookie the server no longer knows. */
    void addCookie(String name, String value) {
        context.addCookies(List.of(new com.microsoft.playwright.options.Cookie(name, value).setUrl(portal.baseUrl())));
    }

    /** Fails on any WCAG 2.1 A/AA or best-practice violation that axe-core finds on the current page. */
    void assertAccessible() {
        Chromium.assertAccessible(page);
    }

    /** No script of a payload ran: no dialog opened and no payload set {@code window.xss}. */
    void assertNoScriptRan() {
        assertThat((Object) page.evaluate("() => window.xss")).isNull();
        assertThat(scriptsThatRan).isEmpty();
    }

    /** What the browser blocked under the Content-Security-Policy, and errors pages threw. */
    List<String> policyViolations() {
        return policyViolations;
    }

    /** Whatever page is open, as the layout around it. */
    PortalPage shell() {
        return new PortalPage(this);
    }

    /** Opens a path and returns the page as the layout around it. */
    PortalPage open(String path) {
        page.navigate(url(path));
        return shell();
    }

    /** Opens an address (a link from a mail, a page another visitor found) as it is. */
    PortalPage openUrl(String url) {
        page.navigate(url);
        return shell();
    }

    /** Signs in through the local sign-in form; returns the page that follows (or the form with its error). */
    PortalPage signIn(String email, String password) {
        return new SignInPage(this).signIn(email, password);
    }

    SignInPage signInPage() {
        page.navigate(url("/login"));
        return new SignInPage(this);
    }

    ForumsPage forums() {
        return forums("");
    }

    /** The forum list with a query string such as {@code ?q=schools}. */
    ForumsPage forums(String query) {
        page.navigate(url("/forums" + query));
        return new ForumsPage(this);
    }

    /** The search page with a query string such as {@code ?q=refuse&kind=SOLUTION}. */
    SearchPage search(String query) {
        page.navigate(url("/search" + query));
        return new SearchPage(this);
    }

    CalculatorPage calculator() {
        page.navigate(url("/footprint/calculator"));
        return new CalculatorPage(this);
    }

    /** The contract footprint page with a query string such as {@code ?agency=all&rank=trips}. */
    ContractsPage contracts(String query) {
        page.navigate(url("/footprint/contracts" + query));
        return new ContractsPage(this);
    }

    FactorSetsPage factorSets() {
        page.navigate(url("/admin/factor-sets"));
        return new FactorSetsPage(this);
    }

    AuditLogPage auditLog() {
        page.navigate(url("/audit-log"));
        return new AuditLogPage(this);
    }

    ModerationPage moderation() {
        page.navigate(url("/moderation"));
        return new ModerationPage(this);
    }

    SignUpPage signUp() {
        page.navigate(url("/sign-up"));
        return new SignUpPage(this);
    }

    OrganisationsPage organisations() {
        page.navigate(url("/admin/organisations"));
        return new OrganisationsPage(this);
    }

    AccountPage notificationSettings() {
        page.navigate(url("/notifications"));
        return new AccountPage(this);
    }

    DevMailboxPage devMailbox() {
        page.navigate(url("/dev/mailbox"));
        return new DevMailboxPage(this);
    }

    SubmissionPage submission(String url) {
        page.navigate(url);
        return new SubmissionPage(this);
    }

    BuyerGroupPage buyerGroup(String url) {
        page.navigate(url);
        return new BuyerGroupPage(this);
    }

    DialoguePage dialogue(String url) {
        page.navigate(url);
        return new DialoguePage(this);
    }

    ContractPage contract(String url) {
        page.navigate(url);
        return new ContractPage(this);
    }

    @Override
    public void close() {
        context.close();
    }
}
