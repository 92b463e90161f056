package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A mapped contract's Clean Vehicles Directive shares against the directive's minimum targets
 * (decision 040): Norway's by default for a Norwegian agency, another country by keyboard, the
 * reference period by the award date, and the agency's aggregate beside the contract, which alone
 * meets or misses a target. In English at desktop width and in Bokmål on a phone, with axe.
 */
@PortalBrowserTest(ownPortal = true)
class CleanVehicleTargetsBrowserIT {

    private static final String REFUSE = "Innsamling av husholdningsavfall, sone øst";
    private static final LocatorAssertions.IsVisibleOptions FIRST_DRAW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static ContractPage open(Visitor agency) {
        ContractsPage ranking = agency.contracts("");
        ranking.card(REFUSE).locator("a").first().click();
        ContractPage contract = new ContractPage(agency);
        assertThat(contract.cvd()).isVisible(FIRST_DRAW);
        return contract;
    }

    @Test
    void in_english_the_refuse_contract_is_below_norways_truck_target_and_its_award_date_moves_the_period(
            @SignedIn("agency@demo.buyzet.eu") Visitor agency) {
        ContractPage contract = open(agency);
        assertThat(contract.cvdCountry()).containsText("Norway");
        assertThat(contract.cvdPeriod()).containsText("no award date is given");
        assertThat(contract.cvdLine(false, "truck")).hasText("Trucks (N2, N3): 9 vehicles, 0% clean, 0% zero-emission."
                + " By vehicle-km: 0% clean, 0% zero-emission. Target 15% clean: this contract alone is below it.");
        assertThat(contract.cvdLine(true, "truck")).containsText(Pattern.compile("Target 15% clean: (not )?met\\."));
        assertThat(contract.cvd()).containsText("not to one contract");
        agency.assertAccessible();

        contract.chooseCvdCountry("Iceland");
        assertThat(contract.cvdCountry()).containsText("Iceland");
        assertThat(contract.cvdLine(false, "truck")).containsText("Target 15% clean");

        ContractPage awarded = contract.edit().awardDate("2.5.2024").save();
        assertThat(awarded.main()).containsText("Awarded");
        assertThat(awarded.cvdPeriod()).containsText("by the award date");
        assertThat(awarded.cvdPeriod()).containsText("2021");
        assertThat(awarded.cvdLine(false, "truck")).containsText("Target 10% clean: this contract alone is below it.");
        agency.assertAccessible();
    }

    @Test
    void in_bokmal_on_a_phone_the_targets_and_the_agencys_aggregate_are_in_norwegian(
            @SignedIn(value = "agency@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor agency) throws Exception {
        // the ranking's spreadsheet counts the same vehicles, in the reader's language, as numbers to sum
        String csv = Files.readString(agency.contracts("").downloadCsv().path(), StandardCharsets.UTF_8);
        CSVRecord refuse = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords().stream()
                .filter(r -> r.stream().anyMatch(REFUSE::equals)).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(refuse.get("Direktivet om rene kjøretøy: omfattet etter CPV"))
                .isEqualTo("Ja");
        org.assertj.core.api.Assertions.assertThat(refuse.get("Lastebiler (N2, N3) omfattet")).isEqualTo("9");
        org.assertj.core.api.Assertions.assertThat(refuse.get("Lastebiler: rene")).isEqualTo("0");
        org.assertj.core.api.Assertions.assertThat(refuse.get("Lette kjøretøy (M1, M2, N1) omfattet")).isEqualTo("1");

        ContractPage contract = open(agency);
        assertThat(contract.cvdCountry()).containsText("Norge");
        assertThat(contract.cvdLine(false, "light-duty")).containsText("Lette kjøretøy (M1, M2, N1): ett kjøretøy");
        assertThat(contract.cvdLine(false, "light-duty")).containsText(Pattern.compile("Mål 38,5\\s?% rene"));
        assertThat(contract.cvdLine(true, "truck")).containsText(Pattern.compile("(ikke )?nådd\\."));
        assertThat(contract.cvd()).containsText("ikke én kontrakt");
        agency.assertAccessible();
    }
}
