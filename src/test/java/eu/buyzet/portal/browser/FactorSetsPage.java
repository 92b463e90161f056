package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The administrators' emission factor sets at /admin/factor-sets. */
final class FactorSetsPage extends PortalPage {

    FactorSetsPage(Visitor visitor) {
        super(visitor);
    }

    Locator factorSets() {
        return id("factor-sets");
    }

    void startImport() {
        id("import-factor-set").click();
    }

    /** Pastes a factor set file and has it checked. */
    void check(String csv) {
        textarea("factor-set-csv").fill(csv);
        id("check-import").click();
    }

    Locator preview() {
        return id("factor-set-preview");
    }

    Locator importButton() {
        return id("confirm-import");
    }

    /** The button that makes a set (by its id, such as "no-2025") the default. */
    Locator makeDefaultButton(String setId) {
        return id("make-default-" + setId);
    }
}
