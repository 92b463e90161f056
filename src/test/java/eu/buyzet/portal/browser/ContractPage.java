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

    /** The Clean Vehicles Directive section: shares against the targets of a country (decision 040). */
    Locator cvd() {
        return id("cvd");
    }

    Locator cvdPeriod() {
        return id("cvd-period");
    }

    /** A vehicle group's line ("truck", "light-duty", "bus") of the contract or (agency) the agency's aggregate. */
    Locator cvdLine(boolean agency, String group) {
        return page.locator("#" + (agency ? "cvd-agency" : "cvd-contract") + " .cvd-" + group);
    }

    Locator cvdCountry() {
        return id("cvd-country");
    }

    /** Opens the country choice and picks the country shown with this name. */
    ContractPage chooseCvdCountry(String name) {
        cvdCountry().click();
        chooseOption(name);
        return this;
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
