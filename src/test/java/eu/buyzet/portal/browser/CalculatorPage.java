package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The public transport footprint calculator at /footprint/calculator. */
final class CalculatorPage extends PortalPage {

    private final FlowFields flows;

    CalculatorPage(Visitor visitor) {
        super(visitor);
        this.flows = new FlowFields(page, "flow-");
    }

    /** A field of the {@code index}-th flow (from 0), e.g. "kmPerTrip", with its message. */
    Locator flowField(int index, String field) {
        return flows.field(index, field);
    }

    /** The flow's first question, what the person knows, with its message. */
    Locator known(int index) {
        return flows.known(index);
    }

    /** Answers what is known of a flow: trips and km per trip, km per year, or the fuel. */
    CalculatorPage knows(int index, FlowFields.Known answer) {
        flows.choose(index, answer);
        return this;
    }

    CalculatorPage flow(int index, String field, String value) {
        flowInput(index, field).fill(value);
        return this;
    }

    /** A flow's input; typing into it answers first what is known, where the field is still hidden. */
    Locator flowInput(int index, String field) {
        return flows.input(index, field);
    }

    /** Chooses an option of a flow's select, e.g. its vehicle category. */
    void chooseFlowOption(int index, String field, String option) {
        flowField(index, field).click();
        chooseOption(option);
    }

    /** Chooses the factor set by the label the select shows, e.g. "Norway 2025 (2)". */
    void chooseFactorSet(String label) {
        id("factor-set").click();
        chooseOption(label);
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

    Locator calculateButton() {
        return id("calculate");
    }

    /** The results' heading, which takes the focus after a calculation. */
    Locator resultsHeading() {
        return id("footprint-results-heading");
    }

    /** The first result figure of a kind: "co2e-wtw", "co2e-wtt", "vehicle-km", "nox". */
    /** The total's headline: "wtw" (well-to-wheel) or "tailpipe" (Oslo's territorial figure). */
    Locator headline(String which) {
        return page.locator("#footprint-results .headline-" + which).first();
    }

    Locator dataQuality() {
        return page.locator("#footprint-results .footprint-data-quality").first();
    }

    /** The one-line explanation of the quiet share under the total. */
    Locator noiseMethod() {
        return page.locator("#footprint-results .footprint-noise-method").first();
    }

    Locator scope() {
        return page.locator("#footprint-results .footprint-scope").first();
    }

    Locator result(String figure) {
        return page.locator("#footprint-results .figure-" + figure).first();
    }

    /**
     * Presses Tab (Shift+Tab where the element lies behind the focus), as a keyboard user moves,
     * until the focus is in the element; fails after 60 presses. Vaadin keeps its inputs in the
     * light DOM, so the focused element is inside the field.
     */
    void tabTo(Locator target) {
        for (int i = 0; i < 60; i++) {
            int direction = ((Number) target.evaluate("e => { const a = document.activeElement;"
                    + " if (a && a !== document.body && e.contains(a)) return 0;"
                    + " return a && a !== document.body"
                    + " && (e.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1; }")).intValue();
            if (direction == 0) {
                return;
            }
            page.keyboard().press(direction > 0 ? "Tab" : "Shift+Tab");
        }
        throw new AssertionError("The keyboard never reached " + target);
    }

    /** Types where the focus is, key by key. */
    void type(String text) {
        page.keyboard().type(text);
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
