package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** On a draft's page: declare its transport footprint as a person would, then publish it. */
final class FootprintSteps {

    private FootprintSteps() {
    }

    /** A need: a diesel van's rounds. A solution: a battery van, replacing a diesel van's rounds. */
    static void declareAndPublish(Page page, boolean solution) {
        declare(page, solution);
        page.locator("#publish-submission").click();
        assertThat(page.locator("#submission-status")).hasCount(0);
    }

    static void declare(Page page, boolean solution) {
        page.locator("#declare-footprint").click();
        if (solution) {
            page.locator("#declared-0-energyCarrier").click();
            page.locator("vaadin-select-item[role=option]:visible",
                    new Page.LocatorOptions().setHasText("Battery electric")).click();
            page.locator("#baseline-0-tripsPerYear input").fill("1000");
            page.locator("#baseline-0-kmPerTrip input").fill("12.5");
        }
        page.locator("#declared-0-tripsPerYear input").fill("1000");
        page.locator("#declared-0-kmPerTrip input").fill("12.5");
        page.locator("#save-footprint").click();
        assertThat(page.locator("#footprint .figure-co2e-wtw").first()).isVisible();
    }
}
