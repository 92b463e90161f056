package eu.buyzet.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** My account, and the notification settings and follows it leads to (/notifications). */
final class AccountPage extends PortalPage {

    AccountPage(Visitor visitor) {
        super(visitor);
    }

    Download downloadMyData() {
        return download(id("download-my-data"));
    }

    void openNotificationSettings() {
        id("account-notification-settings").click();
    }

    /** Chooses how a kind of notification comes, e.g. "buyer-group-step" by "Daily digest". */
    void mode(String kind, String mode) {
        page.locator("#mode-" + kind + " vaadin-radio-button", new Page.LocatorOptions().setHasText(mode)).click();
    }

    Locator chosenMode(String kind) {
        return page.locator("#mode-" + kind + " vaadin-radio-button[checked]");
    }

    Locator followCpvField() {
        return id("follow-cpv");
    }

    Locator followCpvInput() {
        return input("follow-cpv");
    }

    void followCpv(String code) {
        followCpvInput().fill(code);
        id("add-follow-cpv").click();
    }

    Locator following() {
        return id("following");
    }

    /** Opens what is followed, by the text of its link. */
    void openFollowed(String text) {
        page.locator("#following a", new Page.LocatorOptions().setHasText(text)).click();
    }
}
