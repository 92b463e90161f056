package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
}
