package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The moderators' page at /moderation: the queue, pending organisations, posts awaiting review, members. */
final class ModerationPage extends PortalPage {

    ModerationPage(Visitor visitor) {
        super(visitor);
    }

    Locator queue() {
        return id("moderation-queue");
    }

    Locator queueLink(String text) {
        return page.locator("#moderation-queue a:visible", new Page.LocatorOptions().setHasText(text));
    }

    /** Selects the queue's last row (the first checkbox selects all). */
    void selectLastRow() {
        page.locator("#moderation-queue vaadin-grid-cell-content vaadin-checkbox:visible").last().click();
    }

    void restoreSelected() {
        id("restore-selected").click();
    }

    Locator pendingOrganisations() {
        return id("pending-organisations");
    }

    Locator visibleVerifyButtons() {
        return page.locator("#pending-organisations .verify-organisation:visible");
    }

    void verifyFirstOrganisation() {
        page.locator("#pending-organisations .verify-organisation").first().click();
    }

    SubmissionPage openAwaitingReview(String title) {
        page.locator("#posts-awaiting-review a", new Page.LocatorOptions().setHasText(title)).click();
        return new SubmissionPage(visitor);
    }

    void findMember(String name) {
        input("member-search").fill(name);
    }

    /** Lifts the suspension of the member found. */
    void liftFoundSuspension() {
        page.locator("#found-members vaadin-button:visible", new Page.LocatorOptions().setHasText("Lift")).click();
    }
}
