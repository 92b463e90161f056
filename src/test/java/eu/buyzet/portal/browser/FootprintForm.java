package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

/** On a draft's page: the dialog in which its author declares its transport footprint. */
final class FootprintForm extends PortalPage {

    private final FlowFields declaredFlows;
    private final FlowFields baselineFlows;

    FootprintForm(Visitor visitor) {
        super(visitor);
        this.declaredFlows = new FlowFields(page, "declared-");
        this.baselineFlows = new FlowFields(page, "baseline-");
    }

    /**
     * Declares as a person would. A need: a diesel van's rounds. A solution: a battery van,
     * replacing a diesel van's rounds.
     */
    void declareDeliveryRounds(boolean solution) {
        if (solution) {
            id("declared-0-energyCarrier").click();
            chooseOption("Battery electric");
            baselineFlows.choose(0, FlowFields.Known.TRIPS);
            baselineInput(0, "tripsPerYear").fill("1000");
            baselineInput(0, "kmPerTrip").fill("12.5");
        }
        declaredFlows.choose(0, FlowFields.Known.TRIPS);
        declaredInput(0, "tripsPerYear").fill("1000");
        declaredInput(0, "kmPerTrip").fill("12.5");
        id("save-footprint").click();
        assertThat(page.locator("#footprint .figure-co2e-wtw").first()).isVisible();
    }

    /** Chooses an option of a declared flow's select, e.g. its energy carrier. */
    FootprintForm chooseDeclared(int index, String field, String option) {
        id("declared-" + index + "-" + field).click();
        chooseOption(option);
        return this;
    }

    /** Types into a field of the {@code index}-th declared flow (from 0), e.g. "kmPerTrip". */
    FootprintForm declared(int index, String field, String value) {
        declaredInput(index, field).fill(value);
        return this;
    }

    /** Types into a field of the {@code index}-th baseline flow of a solution. */
    FootprintForm baseline(int index, String field, String value) {
        baselineInput(index, field).fill(value);
        return this;
    }

    /** Answers what is known of a declared flow: trips and km per trip, km per year, or the fuel. */
    FootprintForm declaredKnows(int index, FlowFields.Known answer) {
        declaredFlows.choose(index, answer);
        return this;
    }

    /** Answers what is known of a baseline flow of a solution. */
    FootprintForm baselineKnows(int index, FlowFields.Known answer) {
        baselineFlows.choose(index, answer);
        return this;
    }

    /** A declared flow's field, with its message and help. */
    Locator declaredField(int index, String field) {
        return declaredFlows.field(index, field);
    }

    /** A declared flow's input; typing into it answers first what is known, where it is still hidden. */
    Locator declaredInput(int index, String field) {
        return declaredFlows.input(index, field);
    }

    Locator baselineField(int index, String field) {
        return baselineFlows.field(index, field);
    }

    Locator baselineInput(int index, String field) {
        return baselineFlows.input(index, field);
    }

    void save() {
        id("save-footprint").click();
    }

    void close() {
        page.keyboard().press("Escape");
    }
}
