package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The public transport footprint calculator at /footprint/calculator. */
final class CalculatorPage extends PortalPage {

    CalculatorPage(Visitor visitor) {
        super(visitor);
    }

    /** A field of the {@code index}-th flow (from 0), e.g. "kmPerTrip", with its message. */
    Locator flowField(int index, String field) {
        return id("flow-" + index + "-" + field);
    }

    CalculatorPage flow(int index, String field, String value) {
        flowInput(index, field).fill(value);
        return this;
    }

    Locator flowInput(int index, String field) {
        return input("flow-" + index + "-" + field);
    }

    /** Chooses an option of a flow's select, e.g. its vehicle category. */
    void chooseFlowOption(int index, String field, String option) {
        flowField(index, field).click();
        chooseOption(option);
    }

    void addFlow() {
        id("flow-add").click();
    }

    /** Removes a flow by the label its button reads out, counting from 1. */
    void removeFlow(int number) {
        page.locator("[aria-label='Remove transport flow " + number + "']").click();
    }

    void calculate() {
        id("calculate").click();
    }

    /** The first result figure of a kind: "co2e-wtw", "co2e-wtt", "vehicle-km", "nox". */
    Locator result(String figure) {
        return page.locator("#footprint-results .figure-" + figure).first();
    }

    Locator factorSet() {
        return id("footprint-factor-set");
    }

    Locator sources() {
        return id("footprint-sources");
    }

    void showSources() {
        page.locator("#footprint-sources vaadin-details-summary").click();
    }
}
