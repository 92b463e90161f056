package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The portal's address: the front door for an anonymous visitor, the start page for a member. */
final class FrontDoorPage extends PortalPage {

    FrontDoorPage(Visitor visitor) {
        super(visitor);
    }

    Locator frontDoor() {
        return id("front-door");
    }

    Locator forWhom() {
        return id("front-for-whom");
    }

    /** A link of the front door by its name: forums, dialogues, buyer-groups, calculator, sign-in, sign-up. */
    Locator link(String name) {
        return id("front-" + name);
    }

    Locator startPage() {
        return id("start-page");
    }

    /** A section of the start page: contracts, dialogues, groups, needs, supplier-dialogues, moderation, admin. */
    Locator section(String name) {
        return id("start-" + name);
    }

    /** The link to the next step under an empty section. */
    Locator nextStep(String name) {
        return id("start-" + name + "-next");
    }

    Locator topContract() {
        return id("start-top-contract");
    }

    /**
     * Presses Tab from the top of the page until the element with this id has the focus; returns
     * how many presses it took, or -1 when it never did within {@code max}.
     */
    int tabTo(String elementId, int max) {
        page.locator("body").focus();
        for (int i = 1; i <= max; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => document.activeElement && document.activeElement.id");
            if (elementId.equals(focused)) {
                return i;
            }
        }
        return -1;
    }
}
