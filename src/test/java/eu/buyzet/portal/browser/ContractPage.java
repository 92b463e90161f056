package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** One mapped contract's page, with its footprint. */
final class ContractPage extends PortalPage {

    ContractPage(Visitor visitor) {
        super(visitor);
    }

    /** The first yearly CO2e figure (well-to-wheel). */
    Locator footprintCo2e() {
        return page.locator("#footprint .figure-co2e-wtw").first();
    }

    /** The notice that the footprint is an estimate from spend, with its basis and source. */
    Locator estimateNotice() {
        return page.locator("#footprint .spend-estimate");
    }

    /** Opens the editor of this contract. */
    ContractEditor edit() {
        id("edit-contract").click();
        return new ContractEditor(visitor);
    }

    Locator deleteButton() {
        return id("delete-contract");
    }

    /** Opens the dialog that starts a need from the contract, in a forum found by typing. */
    void createNeed(String typed, String forum) {
        id("create-need").click();
        input("need-forum").fill(typed);
        chooseSuggestion(forum);
    }

    SubmissionPage confirmNeed() {
        id("confirm-create-need").click();
        return new SubmissionPage(visitor);
    }
}
