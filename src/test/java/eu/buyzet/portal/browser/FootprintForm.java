package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

/** On a draft's page: the dialog in which its author declares its transport footprint. */
final class FootprintForm extends PortalPage {

    FootprintForm(Visitor visitor) {
        super(visitor);
    }

    /**
     * Declares as a person would. A need: a diesel van's rounds. A solution: a battery van,
     * replacing a diesel van's rounds.
     */
    void declareDeliveryRounds(boolean solution) {
        if (solution) {
            id("declared-0-energyCarrier").click();
            chooseOption("Battery electric");
            input("baseline-0-tripsPerYear").fill("1000");
            input("baseline-0-kmPerTrip").fill("12.5");
        }
        input("declared-0-tripsPerYear").fill("1000");
        input("declared-0-kmPerTrip").fill("12.5");
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

    /** A declared flow's field, with its message. */
    Locator declaredField(int index, String field) {
        return id("declared-" + index + "-" + field);
    }

    Locator declaredInput(int index, String field) {
        return input("declared-" + index + "-" + field);
    }

    Locator baselineInput(int index, String field) {
        return input("baseline-" + index + "-" + field);
    }

    void save() {
        id("save-footprint").click();
    }

    void close() {
        page.keyboard().press("Escape");
    }
}
