package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Numbers and dates typed as people write them (issue 14): a decimal comma in Bokmål is twelve
 * and a half, not a hundred and twenty-five; 31.12.2027 is a date in English too, in a calendar
 * whose week starts on Monday; what cannot be read stays in the field with a message.
 * Figures read back in the reader's format ("3 729,2"); {@code \s} in the patterns matches the
 * no-break space Bokmål groups thousands with. It publishes a solution and maps a contract, which
 * would change the rankings other classes check, so it has a portal of its own.
 */
@PortalBrowserTest(ownPortal = true)
class LocaleInputBrowserIT {

    @Test
    void a_supplier_types_decimal_commas_in_bokmal_and_the_footprint_stores_and_shows_twelve_and_a_half(
            @SignedIn(value = "supplier@demo.buyzet.eu", locale = "nb-NO") Visitor supplier) {
        ForumPage forum = supplier.forums().open("Avfallshenting uten utslipp");
        // screen readers pick their voice from it
        assertThat(forum.document()).hasAttribute("lang", "nb");
        SubmissionPage solution = forum.newSolution().title("Elektrisk henting med desimalkomma")
                .body("Vi henter med elektrisk varebil.").save();
        // the first save of a freshly started portal may take longer than an assertion's five seconds
        assertThat(solution.heading()).hasText("Elektrisk henting med desimalkomma",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(solution.uploadButton()).containsText("Last opp filer");

        FootprintForm form = solution.declareFootprint()
                .chooseDeclared(0, "energyCarrier", "Batterielektrisk")
                .declared(0, "tripsPerYear", "1000").declared(0, "kmPerTrip", "tolv").declared(0, "payloadTonnes", "3,5")
                // a point pasted from elsewhere reads the same where it cannot mean thousands
                .baseline(0, "tripsPerYear", "1000").baseline(0, "kmPerTrip", "12.5");
        form.save();
        assertThat(form.declaredField(0, "kmPerTrip")).containsText("Skriv et tall med sifre");
        assertThat(form.declaredInput(0, "kmPerTrip")).hasValue("tolv");

        form.declared(0, "kmPerTrip", "12,5").save();
        assertThat(solution.footprintCo2e()).isVisible();

        // read back from storage, not from the dialog that was just closed
        solution.reload();
        assertThat(solution.footprintFigure("vehicle-km")).hasText(Pattern.compile("^12\\s500 km$"));
        assertThat(solution.footprintFigure("tonne-km")).hasText(Pattern.compile("^43\\s750 tkm$"));
        // docs/footprint-method.md, worked example 1 against a battery van, in Bokmål's format
        assertThat(solution.footprintSaving()).containsText(Pattern.compile("Sparer 3\\s729,2 kg CO2e"));
        // and at the tailpipe, the figure Oslo's climate budget counts: 1,186.75 l × 2.57082 kg/l = 3,050.921 kg on the default set (worked example 12), all of it
        assertThat(solution.footprintSaving()).containsText(
                Pattern.compile("Fra eksosrøret, slik Oslos klimabudsjett teller: 3\\s(051|050,9) kg \\(100\\s%\\)"));
        assertThat(solution.footprintBaselineFigure("co2e-wtw")).hasText(Pattern.compile("^3\\s776 kg CO2e$"));

        FootprintForm again = solution.declareFootprint();
        assertThat(again.declaredInput(0, "kmPerTrip")).hasValue("12,5");
        assertThat(again.declaredInput(0, "payloadTonnes")).hasValue("3,5");
        assertThat(again.baselineInput(0, "kmPerTrip")).hasValue("12,5");
        supplier.assertAccessible();
        again.close();

        solution.publish();
        assertThat(solution.status()).hasCount(0);
        // when it was computed, in Oslo time and Bokmål's style: "2. des. 2026, 09:14"
        assertThat(solution.footprintCard()).containsText(Pattern.compile(
                "\\d{1,2}\\. (jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\\.? \\d{4}, \\d{2}:\\d{2}: publisert"));
        assertThat(solution.footprintCard()).not().containsText(Pattern.compile("\\d (AM|PM)\\b"));
    }

    @Test
    void in_english_a_point_is_the_decimal_separator_in_the_public_calculator(Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        calculator.flow(0, "tripsPerYear", "1,000").flow(0, "kmPerTrip", "12.5").flow(0, "payloadTonnes", "3.5")
                .calculate();
        assertThat(calculator.result("vehicle-km")).hasText("12,500 km");
        assertThat(calculator.result("tonne-km")).hasText("43,750 tkm");
        assertThat(calculator.result("co2e-wtw")).hasText("3,776 kg CO2e");

        calculator.flow(0, "kmPerTrip", "12 km").calculate();
        assertThat(calculator.flowField(0, "kmPerTrip")).containsText("Write a number in digits");
        assertThat(calculator.flowInput(0, "kmPerTrip")).hasValue("12 km");
        assertThat(calculator.flowInput(0, "kmPerTrip")).hasAttribute("inputmode", "decimal");
        anyone.assertAccessible();
    }

    @Test
    void in_english_a_contract_end_date_typed_as_31_12_2027_is_kept_and_a_date_that_is_no_date_is_refused(
            @SignedIn("agency@demo.buyzet.eu") Visitor agency) {
        ContractsPage contracts = agency.contracts("");
        assertThat(contracts.document()).hasAttribute("lang", "en");
        ContractEditor editor = contracts.addContract().fill("title", "Varelevering med sluttdato")
                .fill("supplier", "Leveranse AS").fill("value", "1 250 000,50").cpv("15894000-1")
                .flow(0, "tripsPerYear", "1000").flow(0, "kmPerTrip", "12,5")
                .endDate("31.13.2027");
        editor.save();
        assertThat(editor.field("end-date")).containsText("Write the date as dd.mm.yyyy");
        assertThat(editor.heading()).not().hasText("Varelevering med sluttdato");

        editor.endDate("31.12.2027");
        assertThat(editor.fieldInput("end-date")).hasValue("31.12.2027");
        ContractPage contract = editor.save();
        assertThat(contract.heading()).hasText("Varelevering med sluttdato");
        assertThat(contract.main()).containsText("December 31, 2027");
        assertThat(contract.main()).containsText("1,250,000.5 NOK");
        // 1000 trips of 12.5 km, as in the calculator
        assertThat(contract.main().locator(".figure-vehicle-km").first()).hasText("12,500 km");
        agency.assertAccessible();

        // the calendar is a European one in English too: the week starts on Monday
        com.microsoft.playwright.Locator weekdays = agency.contracts("").addContract().openEndDateCalendar();
        assertThat(weekdays.first()).hasText("Mon");
        assertThat(weekdays.last()).hasText("Sun");
    }
}
