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
        input("area-agencies").fill(name);
        chooseSuggestion(name);
        page.keyboard().press("Escape");
    }

    void linkDialogue(String title) {
        input("area-dialogues").fill(title.substring(0, 12));
        chooseSuggestion(title);
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
        id("instrument-kind").click();
        chooseOption(instrument);
    }

    Locator catalogue() {
        return id("instrument-catalogue");
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

    /** Opens the evidence box and picks the first citation offered. */
    void citeFirstEvidence() {
        id("instrument-evidence").locator("[part='toggle-button']").click();
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

    ConfirmDialog sendToConsultation() {
        return new ConfirmDialog(visitor, "strategy-consultation-confirm").ask(id("strategy-consultation"));
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
}
