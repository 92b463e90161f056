package eu.buyzet.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/** The administrators' audit trail at /audit-log. */
final class AuditLogPage extends PortalPage {

    AuditLogPage(Visitor visitor) {
        super(visitor);
    }

    void filterByAction(String action) {
        input("audit-action").fill(action);
    }

    Locator events() {
        return id("audit-events");
    }

    Download downloadCsv() {
        return download(id("download-audit-csv"));
    }
}
