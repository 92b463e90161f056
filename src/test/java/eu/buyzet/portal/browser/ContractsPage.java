package eu.buyzet.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/** Contract footprint at /footprint/contracts: an agency's mapped contracts and the rankings. */
final class ContractsPage extends PortalPage {

    ContractsPage(Visitor visitor) {
        super(visitor);
    }

    Locator agency() {
        return id("contracts-agency");
    }

    Locator chart() {
        return page.locator("#contracts-chart buyzet-bar-chart");
    }

    Locator total() {
        return id("contracts-total");
    }

    Locator addContractButton() {
        return id("add-contract");
    }

    ContractEditor addContract() {
        addContractButton().click();
        return new ContractEditor(visitor);
    }

    Locator ranking() {
        return id("contract-ranking");
    }

    /** A contract's card in the ranking, by its title. */
    Locator card(String title) {
        return page.locator("#contract-ranking .submission-card",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText(title));
    }

    Locator firstRank() {
        return page.locator("#contract-ranking .contract-rank").first();
    }

    Locator categoryRanking() {
        return id("category-ranking");
    }

    void groupBy(String grouping) {
        id("contracts-grouping").click();
        chooseOption(grouping);
    }

    Download downloadCsv() {
        return download(id("download-csv"));
    }

    Download downloadXlsx() {
        return download(id("download-xlsx"));
    }
}
