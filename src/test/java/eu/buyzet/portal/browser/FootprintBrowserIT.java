package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public footprint calculator, without signing in, on the production jar. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FootprintBrowserIT {

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("footprint", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-footprint"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    @Test
    void anyone_calculates_the_first_worked_example_and_gets_field_messages_for_bad_input() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/footprint/calculator");
            assertThat(page.locator("h1")).hasText("Transport footprint calculator");
            Chromium.assertAccessible(page);

            page.locator("#flow-0-tripsPerYear input").fill("1000");
            page.locator("#flow-0-kmPerTrip input").fill("-12.5");
            page.locator("#calculate").click();
            assertThat(page.locator("#flow-0-kmPerTrip")).containsText("Cannot be negative");
            assertThat(page.locator("#flow-0-tripsPerYear input")).hasValue("1000");
            Chromium.assertAccessible(page);

            page.locator("#flow-add").click();
            // a new flow starts as a diesel van; make it a cargo bike on diesel
            page.locator("#flow-1-vehicleCategory").click();
            page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText("Cargo bike"))
                    .click();
            page.locator("#flow-1-vehicleKmPerYear input").fill("100");
            page.locator("#flow-0-kmPerTrip input").fill("12.5");
            page.locator("#calculate").click();
            assertThat(page.locator("#flow-1-energyCarrier")).containsText("cannot run on this energy carrier");
            page.locator("[aria-label='Remove transport flow 2']").click();

            page.locator("#calculate").click();
            // docs/footprint-method.md, worked example 1
            assertThat(page.locator("#footprint-results .figure-co2e-wtw").first()).hasText("3,869.3 kg CO2e");
            assertThat(page.locator("#footprint-results .figure-co2e-wtt").first()).hasText("758.3 kg CO2e");
            assertThat(page.locator("#footprint-results .figure-vehicle-km").first()).hasText("12,500 km");
            assertThat(page.locator("#footprint-results .figure-nox").first()).hasText("not covered by this factor set");
            assertThat(page.locator("#footprint-factor-set")).containsText("no-2025");
            page.locator("#footprint-sources vaadin-details-summary").click();
            assertThat(page.locator("#footprint-sources")).containsText("DESNZ");
            Chromium.assertAccessible(page);
        }
    }
}
