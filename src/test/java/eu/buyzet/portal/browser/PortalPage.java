package eu.buyzet.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Any page of the portal as the layout around it (heading, menu, bell, notifications), and the
 * base of the page objects: they keep every selector of their page, by element id, route or
 * visible text, so a changed id is changed in one place.
 */
class PortalPage {

    protected final Visitor visitor;
    protected final Page page;

    PortalPage(Visitor visitor) {
        this.visitor = visitor;
        this.page = visitor.page();
    }

    /** An element by its id. */
    protected Locator id(String id) {
        return page.locator("#" + id);
    }

    /** The input inside a Vaadin field with this id. */
    protected Locator input(String id) {
        return page.locator("#" + id + " input");
    }

    /** The text area inside a Vaadin text area with this id. */
    protected Locator textarea(String id) {
        return page.locator("#" + id + " textarea");
    }

    /** Chooses the option of an open Vaadin select that shows this text, and waits until its list has gone. */
    protected void chooseOption(String text) {
        page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText(text)).click();
        waitUntilOptionsGone();
    }

    /** Chooses the first option of an open Vaadin select, and waits until its list has gone. */
    protected void chooseFirstOption() {
        page.locator("vaadin-select-item[role=option]:visible").first().click();
        waitUntilOptionsGone();
    }

    /**
     * On a phone a select's options are a bottom sheet over a backdrop that covers the whole page, and
     * after a choice Lumo keeps both there for about 0.3 s while the sheet slides away: a tap in that
     * time lands on the backdrop or the sheet, not on the page. Playwright does not wait for it when the
     * next tap is on the same select, since the sheet lives in the select's shadow tree and so counts
     * as the select itself. A person sees the sheet go before tapping again; so does the test.
     */
    private void waitUntilOptionsGone() {
        page.locator("vaadin-select-item[role=option]:visible").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /** Chooses the suggestion of an open combo box that shows this text. */
    protected void chooseSuggestion(String text) {
        page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(text)).click();
    }

    /** Waits for the URL to match, e.g. a new object's own address, and returns it. */
    String waitForUrl(String regex) {
        page.waitForURL(Pattern.compile(regex));
        return page.url();
    }

    /** Clicks a download link and returns what the browser saved. */
    protected Download download(Locator link) {
        return page.waitForDownload(link::click);
    }

    String url() {
        return page.url();
    }

    /**
     * Reloads the page and waits until its view is drawn (every view has its level-one heading):
     * an assertion that something is absent would otherwise pass on the empty page still loading,
     * and an accessibility check run on it find neither main landmark nor heading (seen on CI).
     */
    void reload() {
        page.reload();
        page.locator("h1").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    /** The document element, whose {@code lang} screen readers pick their voice from. */
    Locator document() {
        return page.locator("html");
    }

    Locator heading() {
        return page.locator("h1");
    }

    /** The line that explains the required marker, in the form or dialog on view. */
    Locator requiredLegend() {
        return page.locator(".required-legend:visible").first();
    }

    Locator main() {
        return page.locator("main");
    }

    /** The layout's link past the menu to the content, the first thing Tab reaches. */
    Locator skipLink() {
        return id("skip-link");
    }

    /** Presses a key where the focus is, e.g. "Tab" or "Enter". */
    void press(String key) {
        page.keyboard().press(key);
    }

    /** Text on the page, e.g. to check no "Exception" leaks into it. */
    Locator text(String text) {
        return page.getByText(text);
    }

    Locator loginForm() {
        return page.locator("vaadin-login-form");
    }

    Locator whoAmI() {
        return id("whoami");
    }

    Locator signInLink() {
        return id("sign-in");
    }

    Locator homeRoles() {
        return id("home-roles");
    }

    Locator homeOrganisation() {
        return id("home-organisation");
    }

    /** The error page's explanation. */
    Locator errorMessage() {
        return id("error-message");
    }

    void signOut() {
        id("sign-out").click();
    }

    void switchLanguage() {
        id("language-switch").click();
    }

    Locator menuItem(String text) {
        return page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(text));
    }

    List<String> menu() {
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }

    /** On a phone the menu is behind a button. */
    void showMenu() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the menu")).click();
    }

    AccountPage myAccount() {
        id("my-account").click();
        return new AccountPage(visitor);
    }

    /** The colleagues list of "My organisation". */
    Locator colleagues() {
        return id("colleagues");
    }

    Locator bell() {
        return id("notification-bell");
    }

    /** What a screen reader is told of notices pushed while the page is open. */
    Locator notificationNews() {
        return id("notification-news");
    }

    void openNotifications() {
        bell().click();
    }

    void closeNotifications() {
        page.keyboard().press("Escape");
    }

    Locator notificationList() {
        return id("notifications");
    }

    Locator notifications() {
        return page.locator("#notifications li");
    }

    /** The portal's transient messages ("Saved"), all or those with this text. */
    Locator messages() {
        return page.locator("vaadin-notification-card");
    }

    Locator message(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    Locator openDialogs() {
        return page.locator("vaadin-dialog-overlay");
    }

    Locator gridCell(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
    }
}
