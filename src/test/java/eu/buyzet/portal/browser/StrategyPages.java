package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The strategy feature's pages: the list, the area form and page, and a strategy version. */
final class StrategyPages extends PortalPage {

    StrategyPages(Visitor visitor) {
        super(visitor);
    }

    // ---- the list ----

    Locator areaList() {
        return id("priority-areas");
    }

    Locator strategyList() {
        return id("strategies");
    }

    void newArea() {
        id("new-area").click();
        id("area-form").waitFor();
    }

    // ---- the area form ----

    void areaName(String name) {
        input("area-name").fill(name);
    }

    void areaDescription(String text) {
        textarea("area-description").fill(text);
    }

    /** Ticks the contract whose label starts with this title. */
    void pickContract(String title) {
        page.locator("#area-contracts vaadin-checkbox", new Page.LocatorOptions().setHasText(title)).locator("input")
                .check();
    }

    void byCategory(String source) {
        page.locator("#area-source vaadin-radio-button", new Page.LocatorOptions().setHasText(source)).locator("input")
                .check();
    }

    void category(String text) {
        id("area-category").click();
        chooseOption(text);
    }

    void nameAgency(String name) {
        pick("area-agencies", name.substring(0, 12), name);
    }

    void linkDialogue(String title) {
        pick("area-dialogues", title.substring(0, 12), title);
    }

    void linkForum(String typed, String title) {
        pick("area-forums", typed, title);
    }

    /** Solutions are found by whole words, among every published solution of a public forum. */
    void citeSolution(String words, String title) {
        pick("area-solutions", words, title);
    }

    void editArea() {
        id("area-edit").click();
        id("area-form").waitFor();
    }

    /**
     * Waits until a multi-select box of the area form holds an item whose label starts with this text.
     * Read from the box's selected items, since a long label is folded into the overflow chip.
     */
    void waitUntilChosen(String box, String labelStart) {
        page.waitForFunction("([id, start]) => { const box = document.getElementById(id);"
                + " return !!box && (box.selectedItems || []).some(i => (i.label || '').startsWith(start)); }",
                java.util.List.of(box, labelStart));
    }

    /** Types into a multi-select combo box and picks the suggestion that shows this text. */
    private void pick(String box, String typed, String text) {
        input(box).fill(typed);
        page.locator("vaadin-multi-select-combo-box-item:visible", new Page.LocatorOptions().setHasText(text)).click();
        page.keyboard().press("Escape");
    }

    void saveArea() {
        id("area-save").click();
    }

    Locator baseline() {
        return id("area-baseline");
    }

    Locator consulted() {
        return id("area-consulted");
    }

    // ---- starting and writing a strategy ----

    void startStrategy(String title) {
        input("strategy-new-title").fill(title);
        id("strategy-start").click();
        id("strategy-facts").waitFor();
    }

    Locator status() {
        return id("strategy-status");
    }

    void addInstrument(String instrument) {
        id("instrument-add").click();
        chooseInstrument(instrument);
    }

    void chooseInstrument(String instrument) {
        id("instrument-kind").click();
        chooseOption(instrument);
    }

    Locator catalogue() {
        return id("instrument-catalogue");
    }

    Locator weightField() {
        return id("instrument-weight");
    }

    void weight(String percent) {
        input("instrument-weight").fill(percent);
    }

    void rationale(String text) {
        textarea("instrument-rationale").fill(text);
    }

    void risks(String text) {
        textarea("instrument-risks").fill(text);
    }

    /** Types the start of a kind of evidence ("Dialogue answer") and picks the first citation offered. */
    void citeFirst(String kind) {
        input("instrument-evidence").fill(kind);
        page.locator("vaadin-multi-select-combo-box-item:visible").first().click();
        page.keyboard().press("Escape");
    }

    void saveInstrument() {
        id("instrument-save").click();
    }

    Locator instrument(int index) {
        return id("instrument-" + index);
    }

    void plan(int year, String zeroEmissionShare) {
        input("scenario-" + year + "-ze-share").fill(zeroEmissionShare);
    }

    void savePlan() {
        id("scenario-save").click();
    }

    Locator planned(int year) {
        return input("scenario-" + year + "-ze-share");
    }

    /** Reaches the step's button by keyboard and presses Enter; the question opens. */
    ConfirmDialog sendToConsultationByKeyboard() {
        return new ConfirmDialog(visitor, "strategy-consultation-confirm").askByKeyboard(id("strategy-consultation"));
    }

    ConfirmDialog adopt() {
        return new ConfirmDialog(visitor, "strategy-adopt-confirm").ask(id("strategy-adopt"));
    }

    void comment(String text) {
        textarea("strategy-comment").fill(text);
        id("strategy-comment-send").click();
    }

    Locator comments() {
        return id("strategy-comments");
    }

    Locator adoptButton() {
        return id("strategy-adopt");
    }

    Locator adopted() {
        return id("strategy-adopted");
    }

    /** Computes the scenario again with the current factor set, by keyboard. */
    void computeScenarioByKeyboard() {
        id("strategy-compute").focus();
        visitor.page().keyboard().press("Enter");
    }

    Locator scenario() {
        return id("strategy-scenario");
    }

    Locator scenarioChart() {
        return id("strategy-scenario-chart");
    }

    Locator scenarioFactorSet() {
        return id("strategy-scenario-factor-set");
    }

    Locator timeline() {
        return id("strategy-timeline");
    }

    Locator climateWeighting() {
        return id("strategy-climate-weighting");
    }
}
