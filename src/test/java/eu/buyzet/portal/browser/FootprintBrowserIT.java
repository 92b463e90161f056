package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The public footprint calculator, without signing in, on the production jar. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
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

            // the demo needs and solutions carry footprints: the largest, from a link someone shared
            page.navigate(portal.baseUrl() + "/search?sort=footprint&minCo2e=100000");
            assertThat(page.locator("#search-results a.submission-link:visible")).hasCount(1);
            assertThat(page.locator("#search-results a.submission-link:visible"))
                    .hasText("Avfallshenting fra 180 kommunale bygg");
            assertThat(page.locator("#search-results .submission-card-footprint:visible")).containsText("181,29");
            Chromium.assertAccessible(page);
        }
    }

    @Test
    @Order(2)
    void an_agency_maps_a_contract_ranks_it_exports_the_ranking_and_starts_a_need_from_it() throws Exception {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "agency@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/footprint/contracts");
            assertThat(page.locator("h1")).hasText("Contract footprint");
            assertThat(page.locator("#contracts-agency")).containsText("Renovasjons- og gjenvinningsetaten");
            assertThat(page.locator("#contracts-chart buyzet-bar-chart")).hasAttribute("aria-label",
                    java.util.regex.Pattern.compile("^The largest by CO2e a year: 1\\. Innsamling av husholdningsavfall"));
            Chromium.assertAccessible(page);

            page.locator("#add-contract").click();
            page.locator("#contract-supplier input").fill("Omsorgsmat AS");
            page.locator("#contract-value input").fill("12 500 000");
            page.locator("#contract-cpv input").fill("15894000-2");
            page.locator("#contract-cpv input").press("Tab");
            assertThat(page.locator("#contract-cpv")).containsText("check digit");
            page.locator("#contract-0-tripsPerYear input").fill("1000");
            page.locator("#contract-0-kmPerTrip input").fill("-12.5");
            page.locator("#save-contract").click();
            assertThat(page.locator("#contract-title")).containsText("This field is required");
            assertThat(page.locator("#contract-0-kmPerTrip")).containsText("Cannot be negative");
            assertThat(page.locator("#contract-supplier input")).hasValue("Omsorgsmat AS");
            Chromium.assertAccessible(page);

            page.locator("#contract-title input").fill("Matlevering til sykehjem");
            page.locator("#contract-cpv input").fill("15894000-1");
            page.locator("#contract-cpv input").press("Tab");
            page.locator("#contract-0-kmPerTrip input").fill("12.5");
            page.locator("#contract-value input").fill("tolv millioner");
            page.locator("#save-contract").click();
            assertThat(page.locator("#contract-value")).containsText("Write the amount in digits");
            assertThat(page.locator("#contract-title input")).hasValue("Matlevering til sykehjem");
            page.locator("#contract-value input").fill("12 500 000");
            page.locator("#save-contract").click();

            // docs/footprint-method.md, worked example 1, as a contract
            assertThat(page.locator("h1")).hasText("Matlevering til sykehjem");
            assertThat(page.locator("#footprint .figure-co2e-wtw").first()).hasText("3,869.3 kg CO2e");
            assertThat(page.locator("main")).containsText("15894000-1 Processed food products");
            assertThat(page.locator("main")).containsText("12,500,000 NOK");
            Chromium.assertAccessible(page);
            page.waitForURL(java.util.regex.Pattern.compile(".*/footprint/contracts/\\d+$"));
            String contractUrl = page.url();

            page.navigate(portal.baseUrl() + "/footprint/contracts?agency=all&rank=trips");
            assertThat(page.locator("#contract-ranking")).containsText("Matlevering til sykehjem");
            assertThat(page.locator("#contract-ranking .contract-rank").first()).hasText("No. 1");
            Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
            String csvText = Files.readString(csv.path(), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(csvText).startsWith("\uFEFFRank,Agency,Contract,Main CPV code");
            org.assertj.core.api.Assertions.assertThat(csvText).contains("Matlevering til sykehjem").contains("Levering av PC-er og skjermer");
            Download xlsx = page.waitForDownload(() -> page.locator("#download-xlsx").click());
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.path().toFile())) {
                var rows = workbook.getFirstSheet().read();
                org.assertj.core.api.Assertions.assertThat(rows.getFirst().getCellText(2)).isEqualTo("Contract");
                org.assertj.core.api.Assertions.assertThat(rows.stream().map(r -> r.getCellText(2))).contains("Matlevering til sykehjem");
            }
            page.navigate(portal.baseUrl() + "/footprint/contracts?agency=all&rank=co2e&group=division");
            assertThat(page.locator("#category-ranking"))
                    .containsText("90000000-7 Sewage, refuse, cleaning and environmental services");
            Chromium.assertAccessible(page);

            page.locator("#contracts-grouping").click();
            page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText("Contracts"))
                    .click();
            assertThat(page.locator("#contract-ranking")).isVisible();
            // the grid renders the rows in view; the contract's own page is one click from its row
            page.navigate(contractUrl);
            page.locator("#create-need").click();
            page.locator("#need-forum input").fill("Goods delivery");
            page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText("Goods delivery to schools"))
                    .click();
            Chromium.assertAccessible(page);
            page.locator("#confirm-create-need").click();
            assertThat(page.locator("h1")).hasText("Matlevering til sykehjem");
            assertThat(page.locator("#footprint .figure-co2e-wtw").first()).hasText("3,869.3 kg CO2e");
            assertThat(page.locator("main")).containsText("Draft");
        }
        try (BrowserContext context = chromium.newContext("nb-NO")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "moderator@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/footprint/contracts");
            assertThat(page.locator("h1")).hasText("Kontraktenes fotavtrykk");
            assertThat(page.locator("#contracts-agency")).containsText("Alle virksomheter");
            assertThat(page.locator("#add-contract")).hasCount(0);
            // nine demo contracts of two agencies, the third agency's one, and the one mapped above
            assertThat(page.locator("#contracts-total")).hasText("11 kartlagte kontrakter");
            assertThat(page.locator("#contract-ranking")).containsText("Utviklings- og kompetanseetaten");
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            // both downloads above are on the record, with who and what
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/audit-log");
            page.locator("#audit-action input").fill("data-export.contract");
            assertThat(page.locator("#audit-events")).containsText("\"format\": \"csv\"");
            assertThat(page.locator("#audit-events")).containsText("\"format\": \"xlsx\"");
            assertThat(page.locator("#audit-events")).containsText("Ingrid Hansen");
        }
    }

    @Test
    @Order(3)
    void an_admin_checks_a_factor_set_file_imports_it_and_makes_it_the_default() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            LocalSignIn.signIn(page, portal.baseUrl(), "admin@demo.buyzet.eu", "demo");
            page.navigate(portal.baseUrl() + "/admin/factor-sets");
            assertThat(page.locator("#factor-sets")).containsText("Norway 2025");
            Chromium.assertAccessible(page);

            page.locator("#import-factor-set").click();
            page.locator("#factor-set-csv textarea").fill("set,name,Oslo 2026\ncarrier,DIESEL,wtt,0.6,\n");
            page.locator("#check-import").click();
            assertThat(page.locator("#factor-set-preview")).containsText("Line 2: column 5 is empty");
            assertThat(page.locator("#confirm-import")).isDisabled();
            Chromium.assertAccessible(page);

            page.locator("#factor-set-csv textarea").fill(String.join("\n",
                    "set,name,Oslo 2026", "set,version,1", "set,valid_from,2026-01-01", "set,boundary,Well-to-wheel",
                    "set,gwp_basis,GWP100", "set,electricity_basis,Location-based",
                    "carrier,DIESEL,wtt,0.6,Test source A", "carrier,DIESEL,ttw,2.5,Test source B",
                    "vehicle,N1,DIESEL,energy_per_km,0.1,Test source C"));
            page.locator("#check-import").click();
            assertThat(page.locator("#factor-set-preview")).containsText("3 figures");
            page.locator("#confirm-import").click();
            assertThat(page.locator("#factor-sets")).containsText("Oslo 2026");
            page.locator("#make-default-oslo-2026-1").click();
            assertThat(page.locator("#make-default-no-2025")).isVisible();

            page.navigate(portal.baseUrl() + "/footprint/calculator");
            page.locator("#flow-0-vehicleKmPerYear input").fill("1000");
            page.locator("#calculate").click();
            assertThat(page.locator("#footprint-results .figure-co2e-wtw").first()).hasText("310 kg CO2e");
        }
    }
}
