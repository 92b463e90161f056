package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The dev mailbox at /dev/mailbox, only under the dev profile and only for administrators. */
final class DevMailboxPage extends PortalPage {

    DevMailboxPage(Visitor visitor) {
        super(visitor);
    }

    Locator mails() {
        return id("dev-mails");
    }
}
