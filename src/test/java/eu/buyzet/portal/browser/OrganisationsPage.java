package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The administrators' organisations at /admin/organisations (and members beside it). */
final class OrganisationsPage extends PortalPage {

    OrganisationsPage(Visitor visitor) {
        super(visitor);
    }

    Locator organisations() {
        return id("organisations");
    }

    Locator members() {
        return id("members");
    }

    void add() {
        id("add-organisation").click();
    }

    Locator nameInput() {
        return input("organisation-name");
    }

    /** Chooses the kind by position: 0 agency, 1 supplier. */
    void kind(int index) {
        page.locator("#organisation-kind vaadin-radio-button").nth(index).click();
    }

    Locator orgNumberField() {
        return id("organisation-org-number");
    }

    Locator orgNumberInput() {
        return input("organisation-org-number");
    }

    void save() {
        id("save-organisation").click();
    }

    void search(String text) {
        input("organisation-search").fill(text);
    }
}
