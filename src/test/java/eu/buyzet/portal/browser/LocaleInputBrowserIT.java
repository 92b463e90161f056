package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Numbers and dates typed as people write them (issue 14): a decimal comma in Bokmål is twelve
 * and a half, not a hundred and twenty-five; 31.12.2027 is a date in English too; what cannot be
 * read stays in the field with a message.
 * Figures read back in the reader's format ("3 782,6"); {@code \s} in the patterns matches the
 * no-break space Bokmål groups thousands with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocaleInputBrowserIT {

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("locale-input", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-locale-input"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    @Test
    void a_supplier_types_decimal_commas_in_bokmal_and_the_footprint_stores_and_shows_twelve_and_a_half() {
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "supplier@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/forums");
            page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText("Avfallshenting uten utslipp"))
                    .click();
            // screen readers pick their voice from it
            assertThat(page.locator("html")).hasAttribute("lang", "nb");
            page.locator("#new-solution").click();
            page.locator("#submission-title input").fill("Elektrisk henting med desimalkomma");
            page.locator("#submission-body textarea").fill("Vi henter med elektrisk varebil.");
            page.locator("#save-submission").click();
            assertThat(page.locator("h1")).hasText("Elektrisk henting med desimalkomma");
            assertThat(page.locator("#attachment-upload vaadin-button").first()).containsText("Last opp filer");

            page.locator("#declare-footprint").click();
            page.locator("#declared-0-energyCarrier").click();
            page.locator("vaadin-select-item[role=option]:visible",
                    new Page.LocatorOptions().setHasText("Batterielektrisk")).click();
            page.locator("#declared-0-tripsPerYear input").fill("1000");
            page.locator("#declared-0-kmPerTrip input").fill("tolv");
            page.locator("#declared-0-payloadTonnes input").fill("3,5");
            page.locator("#baseline-0-tripsPerYear input").fill("1000");
            // a point pasted from elsewhere reads the same where it cannot mean thousands
            page.locator("#baseline-0-kmPerTrip input").fill("12.5");
            page.locator("#save-footprint").click();
            assertThat(page.locator("#declared-0-kmPerTrip")).containsText("Skriv et tall med sifre");
            assertThat(page.locator("#declared-0-kmPerTrip input")).hasValue("tolv");

            page.locator("#declared-0-kmPerTrip input").fill("12,5");
            page.locator("#save-footprint").click();
            assertThat(page.locator("#footprint .figure-co2e-wtw").first()).isVisible();

            // read back from storage, not from the dialog that was just closed
            page.reload();
            assertThat(page.locator("#footprint .figure-vehicle-km").first()).hasText(Pattern.compile("^12\\s500 km$"));
            assertThat(page.locator("#footprint .figure-tonne-km").first()).hasText(Pattern.compile("^43\\s750 tkm$"));
            // docs/footprint-method.md, worked example 1 against a battery van, in Bokmål's format
            assertThat(page.locator("#footprint-saving")).containsText(Pattern.compile("Sparer 3\\s782,6 kg CO2e"));
            assertThat(page.locator("#footprint-baseline .figure-co2e-wtw").first())
                    .hasText(Pattern.compile("^3\\s869,3 kg CO2e$"));

            page.locator("#declare-footprint").click();
            assertThat(page.locator("#declared-0-kmPerTrip input")).hasValue("12,5");
            assertThat(page.locator("#declared-0-payloadTonnes input")).hasValue("3,5");
            assertThat(page.locator("#baseline-0-kmPerTrip input")).hasValue("12,5");
            Chromium.assertAccessible(page);
            page.keyboard().press("Escape");

            page.locator("#publish-submission").click();
            assertThat(page.locator("#submission-status")).hasCount(0);
            // when it was computed, in Oslo time and Bokmål's style: "2. des. 2026, 09:14"
            assertThat(page.locator("#footprint")).containsText(Pattern.compile(
                    "\\d{1,2}\\. (jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\\.? \\d{4}, \\d{2}:\\d{2}: publisert"));
            assertThat(page.locator("#footprint")).not().containsText(Pattern.compile("\\d (AM|PM)\\b"));
        }
    }

    @Test
    void in_english_a_point_is_the_decimal_separator_in_the_public_calculator() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl() + "/footprint/calculator");
            page.locator("#flow-0-tripsPerYear input").fill("1,000");
            page.locator("#flow-0-kmPerTrip input").fill("12.5");
            page.locator("#flow-0-payloadTonnes input").fill("3.5");
            page.locator("#calculate").click();
            assertThat(page.locator("#footprint-results .figure-vehicle-km").first()).hasText("12,500 km");
            assertThat(page.locator("#footprint-results .figure-tonne-km").first()).hasText("43,750 tkm");
            assertThat(page.locator("#footprint-results .figure-co2e-wtw").first()).hasText("3,869.3 kg CO2e");

            page.locator("#flow-0-kmPerTrip input").fill("12 km");
            page.locator("#calculate").click();
            assertThat(page.locator("#flow-0-kmPerTrip")).containsText("Write a number in digits");
            assertThat(page.locator("#flow-0-kmPerTrip input")).hasValue("12 km");
            assertThat(page.locator("#flow-0-kmPerTrip input")).hasAttribute("inputmode", "decimal");
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void in_english_a_contract_end_date_typed_as_31_12_2027_is_kept_and_a_date_that_is_no_date_is_refused() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "agency@demo.buyzet.eu", "demo");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.navigate(portal.baseUrl() + "/footprint/contracts");
            page.locator("#add-contract").click();
            page.locator("#contract-title input").fill("Varelevering med sluttdato");
            page.locator("#contract-supplier input").fill("Leveranse AS");
            page.locator("#contract-value input").fill("1 250 000,50");
            page.locator("#contract-cpv input").fill("15894000-1");
            page.locator("#contract-cpv input").press("Tab");
            page.locator("#contract-0-tripsPerYear input").fill("1000");
            page.locator("#contract-0-kmPerTrip input").fill("12,5");
            page.locator("#contract-end-date input").fill("31.13.2027");
            page.locator("#contract-end-date input").press("Enter");
            page.locator("#save-contract").click();
            assertThat(page.locator("#contract-end-date")).containsText("Write the date as dd.mm.yyyy");
            assertThat(page.locator("h1")).not().hasText("Varelevering med sluttdato");

            page.locator("#contract-end-date input").fill("31.12.2027");
            page.locator("#contract-end-date input").press("Enter");
            assertThat(page.locator("#contract-end-date input")).hasValue("31.12.2027");
            page.locator("#save-contract").click();
            assertThat(page.locator("h1")).hasText("Varelevering med sluttdato");
            assertThat(page.locator("main")).containsText("December 31, 2027");
            assertThat(page.locator("main")).containsText("1,250,000.5 NOK");
            // 1000 trips of 12.5 km, as in the calculator
            assertThat(page.locator("#footprint .figure-vehicle-km").first()).hasText("12,500 km");
            Chromium.assertAccessible(page);
        }
    }
}
