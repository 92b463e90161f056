package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The form that maps a contract: its facts and its transport flows. */
final class ContractEditor extends PortalPage {

    private final FlowFields flows;

    ContractEditor(Visitor visitor) {
        super(visitor);
        this.flows = new FlowFields(page, "contract-");
    }

    /** A field with its message: "title", "supplier", "value", "cpv". */
    Locator field(String name) {
        return id("contract-" + name);
    }

    Locator fieldInput(String name) {
        return input("contract-" + name);
    }

    ContractEditor fill(String name, String value) {
        fieldInput(name).fill(value);
        return this;
    }

    /** Types a CPV code and leaves the field, as a person does. */
    ContractEditor cpv(String code) {
        fieldInput("cpv").fill(code);
        fieldInput("cpv").press("Tab");
        return this;
    }

    /** A field of the {@code index}-th flow (from 0), e.g. "kmPerTrip", with its message. */
    Locator flowField(int index, String field) {
        return flows.field(index, field);
    }

    /** Types into a flow's field, answering first what is known where the field is still hidden. */
    ContractEditor flow(int index, String field, String value) {
        flowInput(index, field).fill(value);
        return this;
    }

    Locator flowInput(int index, String field) {
        return flows.input(index, field);
    }

    /** Types a date into the end-date picker and confirms it with Enter, as a person does. */
    ContractEditor endDate(String typed) {
        fieldInput("end-date").fill(typed);
        fieldInput("end-date").press("Enter");
        return this;
    }

    /**
     * Opens the end date's calendar with the keyboard (Alt+Down, as the picker offers) and returns
     * the weekday names of its month, in order.
     */
    Locator openEndDateCalendar() {
        fieldInput("end-date").press("Alt+ArrowDown");
        Locator weekdays = page.locator("vaadin-month-calendar [part~='weekday']:not(:empty)");
        weekdays.first().waitFor();
        return weekdays;
    }

    /** Types a date into the award-date picker and confirms it with Enter. */
    ContractEditor awardDate(String typed) {
        fieldInput("award-date").fill(typed);
        fieldInput("award-date").press("Enter");
        return this;
    }

    /** The transport category's radio button that is checked: the proposal or the choice. */
    Locator category() {
        return page.locator("#contract-category vaadin-radio-button[checked]");
    }

    Locator estimateButton() {
        return id("estimate-from-spend");
    }

    /** What the estimate from spend proposes, or why it cannot. */
    Locator estimate() {
        return id("spend-estimate");
    }

    /** Asks for the estimate from spend by keyboard: focus the button and press Enter. */
    ContractEditor estimateFromSpend() {
        estimateButton().focus();
        estimateButton().press("Enter");
        return this;
    }

    /** Saves; on success the contract's page opens. */
    ContractPage save() {
        id("save-contract").click();
        return new ContractPage(visitor);
    }
}
