package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Every number field of the footprint dialog and the contract editor, typed with a decimal comma
 * in Bokmål and a decimal point in English, then read back from storage: on the page after a
 * reload, in the form opened again, and in the exports. The page shows figures in the reader's
 * format; the exports are for machines, with a decimal point and ISO dates in every language
 * (decision 023). The calculator's fields are typed both ways in {@link FootprintFormBrowserIT}
 * and {@link LocaleInputBrowserIT}. It maps a contract, which changes the rankings other classes
 * check, so it has a portal of its own.
 */
@PortalBrowserTest(ownPortal = true)
class NumberFieldsBrowserIT {

    @Test
    void in_bokmal_on_a_phone_every_flow_field_of_the_footprint_dialog_keeps_its_decimal_comma(
            @SignedIn(value = "supplier@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor supplier) {
        SubmissionPage solution = supplier.forums().open("Avfallshenting uten utslipp").newSolution()
                .title("Elektrisk henting, alle tallfelt").body("Vi henter med elektrisk varebil.").save();
        assertThat(solution.heading()).hasText("Elektrisk henting, alle tallfelt");

        FootprintForm form = solution.declareFootprint()
                .chooseDeclared(0, "energyCarrier", "Batterielektrisk")
                .declaredKnows(0, FlowFields.Known.TRIPS);
        // the battery van's default, in Bokmål's format
        assertThat(form.declaredField(0, "energyPerKm")).containsText("standardverdien: 0,25 kWh/km");
        form.declared(0, "tripsPerYear", "1000").declared(0, "kmPerTrip", "12,5")
                .declared(0, "energyPerKm", "0,35").declared(0, "payloadTonnes", "3,5").declared(0, "vehicles", "2");
        // the diesel van it replaces, known by its fuel bill and odometer
        form.baselineKnows(0, FlowFields.Known.FUEL);
        assertThat(form.baselineField(0, "tripsPerYear")).isHidden();
        form.baseline(0, "fuelPerYear", "1247,5").baseline(0, "vehicleKmPerYear", "12500,5");
        supplier.assertAccessible();
        form.save();
        assertThat(solution.footprintCo2e()).isVisible();

        solution.reload();
        assertThat(solution.footprintFigure("vehicle-km")).hasText(Pattern.compile("^12\\s500 km$"));
        assertThat(solution.footprintFigure("tonne-km")).hasText(Pattern.compile("^43\\s750 tkm$"));
        // 12 500 km × 0,35 kWh
        assertThat(solution.footprintFigure("energy")).hasText(Pattern.compile("^4\\s375 kWh$"));
        assertThat(solution.footprintBaselineFigure("vehicle-km")).hasText(Pattern.compile("^12\\s500,5 km$"));
        assertThat(solution.footprintBaselineFigure("energy")).hasText(Pattern.compile("^1\\s247,5 l$"));

        FootprintForm again = solution.declareFootprint();
        assertThat(again.declaredInput(0, "kmPerTrip")).hasValue("12,5");
        assertThat(again.declaredInput(0, "energyPerKm")).hasValue("0,35");
        assertThat(again.declaredInput(0, "payloadTonnes")).hasValue("3,5");
        assertThat(again.declaredInput(0, "vehicles")).hasValue("2");
        assertThat(again.baselineInput(0, "fuelPerYear")).hasValue("1247,5");
        assertThat(again.baselineInput(0, "vehicleKmPerYear")).hasValue("12500,5");
        assertThat(again.baselineField(0, "tripsPerYear")).isHidden();
        again.close();
    }

    @Test
    void a_contract_typed_with_points_in_english_and_commas_in_bokmal_stores_both_and_exports_for_machines(
            @SignedIn("agency@demo.buyzet.eu") Visitor agency, Portal portal) throws Exception {
        ContractEditor editor = agency.contracts("").addContract().fill("title", "Desimaler i begge språk")
                .fill("supplier", "Punktum og Komma AS").fill("value", "1,250,000.50").cpv("15894000-1")
                .endDate("31.12.2027")
                .flow(0, "vehicleKmPerYear", "12500.5").flow(0, "energyPerKm", "0.15")
                .flow(0, "payloadTonnes", "3.5").flow(0, "vehicles", "2");
        ContractPage contract = editor.save();
        assertThat(contract.heading()).hasText("Desimaler i begge språk");
        assertThat(contract.main()).containsText("1,250,000.5 NOK");
        assertThat(contract.main()).containsText("December 31, 2027");
        assertThat(contract.main().locator(".figure-vehicle-km").first()).hasText("12,500.5 km");
        String url = contract.waitForUrl(".*/footprint/contracts/\\d+$");

        ContractEditor again = contract.edit();
        assertThat(again.flowInput(0, "vehicleKmPerYear")).hasValue("12500.5");
        assertThat(again.flowInput(0, "energyPerKm")).hasValue("0.15");
        assertThat(again.flowInput(0, "payloadTonnes")).hasValue("3.5");
        agency.assertAccessible();

        try (Visitor norwegian = portal.signedIn("agency@demo.buyzet.eu", "demo", "nb-NO", true)) {
            ContractPage sameContract = norwegian.contract(url);
            assertThat(sameContract.main()).containsText(Pattern.compile("1\\s250\\s000,5 NOK"));
            assertThat(sameContract.main()).containsText(Pattern.compile("31\\. des(\\.|ember)? 2027"));
            assertThat(sameContract.main().locator(".figure-vehicle-km").first())
                    .hasText(Pattern.compile("^12\\s500,5 km$"));

            ContractEditor inBokmal = sameContract.edit();
            assertThat(inBokmal.flowInput(0, "vehicleKmPerYear")).hasValue("12500,5");
            inBokmal.fill("value", "1 300 000,75").flow(0, "vehicleKmPerYear", "13000,5")
                    .flow(0, "energyPerKm", "0,2").flow(0, "payloadTonnes", "2,25");
            ContractPage saved = inBokmal.save();
            assertThat(saved.main().locator(".figure-vehicle-km").first()).hasText(Pattern.compile("^13\\s000,5 km$"));
            assertThat(saved.main()).containsText(Pattern.compile("1\\s300\\s000,75 NOK"));
            norwegian.assertAccessible();

            ContractEditor reopened = saved.edit();
            assertThat(reopened.flowInput(0, "energyPerKm")).hasValue("0,2");
            assertThat(reopened.flowInput(0, "payloadTonnes")).hasValue("2,25");

            // the list reads as the page does; the exports are for machines: a decimal point and ISO
            // dates, whatever the reader's language
            ContractsPage ranking = norwegian.contracts("?rank=vehicle_km");
            assertThat(ranking.card("Desimaler i begge språk")).containsText(Pattern.compile("utløper 31\\. des(\\.|ember)? 2027"));
            assertThat(ranking.card("Desimaler i begge språk")).containsText(Pattern.compile("13\\s000,5 km"));
            assertThat(ranking.card("Desimaler i begge språk")).not().containsText("2027-12-31");
            String csv = Files.readString(ranking.downloadCsv().path(), StandardCharsets.UTF_8);
            String row = csv.lines().filter(l -> l.contains("Desimaler i begge språk")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(row).contains(",1300000.75,").contains(",2027-12-31,")
                    .doesNotContain("31.12.2027");
            Download xlsx = ranking.downloadXlsx();
            try (var workbook = new ReadableWorkbook(xlsx.path().toFile())) {
                Row contractRow = workbook.getFirstSheet().read().stream()
                        .filter(r -> "Desimaler i begge språk".equals(r.getCellText(2))).findFirst().orElseThrow();
                org.assertj.core.api.Assertions.assertThat(contractRow.getCell(6).getType()).isEqualTo(CellType.NUMBER);
                org.assertj.core.api.Assertions.assertThat(contractRow.getCell(6).asNumber())
                        .isEqualByComparingTo("1300000.75");
                org.assertj.core.api.Assertions.assertThat(contractRow.getCellAsDate(8).orElseThrow().toLocalDate())
                        .isEqualTo(java.time.LocalDate.of(2027, 12, 31));
            }
        }
    }

    @Test
    void the_search_threshold_reads_a_comma_in_bokmal_and_a_point_in_english_and_keeps_it_in_the_link(Portal portal) {
        try (Visitor norwegian = portal.anonymousOnPhone("nb-NO")) {
            // a threshold in the link opens the filters it lives in
            SearchPage search = norwegian.search("?minCo2e=1");
            search.minCo2e("100000,5");
            search.waitForUrl(".*minCo2e=100000\\.5.*");
            assertThat(search.results()).hasCount(1);
            search.reload();
            assertThat(search.minCo2eInput()).hasValue("100000,5");
            norwegian.assertAccessible();
        }
        try (Visitor english = portal.anonymous("en-GB")) {
            SearchPage search = english.search("?minCo2e=1");
            search.minCo2e("100,000.5");
            search.waitForUrl(".*minCo2e=100000\\.5.*");
            assertThat(search.results()).hasCount(1);
            search.minCo2e("a lot");
            assertThat(search.minCo2eField()).containsText("Write a number in digits");
            assertThat(search.minCo2eInput()).hasValue("a lot");
        }
    }
}
