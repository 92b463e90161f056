package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * BuyZET step 1 in the browser (decision 033): a contract with a yearly value and no flows is
 * estimated from its spend, marked as an estimate on its page and in the ranking, and real flows
 * replace it; in English at desktop width and in Bokmål on a phone, by keyboard, with axe.
 */
@PortalBrowserTest(ownPortal = true)
class ContractEstimateBrowserIT {

    @Test
    void an_agency_estimates_a_contract_from_its_spend_and_real_flows_replace_the_estimate(
            @SignedIn("agency@demo.buyzet.eu") Visitor agency) {
        ContractEditor editor = agency.contracts("").addContract().fill("title", "Hageavfall fra parkene")
                .fill("supplier", "Grønn Retur AS").fill("value", "12,000,000").cpv("90511000-2");
        assertThat(editor.category()).containsText("Procured transport services");
        editor.estimateFromSpend();
        assertThat(editor.estimate()).containsText("Estimate: about");
        assertThat(editor.estimate()).containsText("trips");
        assertThat(editor.estimate()).containsText("not a published figure");
        agency.assertAccessible();

        ContractPage contract = editor.save();
        assertThat(contract.heading()).hasText("Hageavfall fra parkene");
        assertThat(contract.estimateNotice()).containsText("Estimate");
        assertThat(contract.main()).containsText("Procured transport services");
        String url = contract.waitForUrl(".*/footprint/contracts/\\d+$");

        ContractsPage ranking = agency.contracts("?category=transport-service");
        assertThat(ranking.card("Hageavfall fra parkene")).containsText("Estimate from spend, not declared flows");
        assertThat(ranking.card("Innsamling av husholdningsavfall, sone øst"))
                .not().containsText("Estimate from spend");
        assertThat(ranking.card("Kontorrekvisita")).hasCount(0);
        agency.assertAccessible();

        ContractEditor again = agency.contract(url).edit();
        assertThat(again.estimate()).containsText("Estimate: about");
        again.flow(0, "tripsPerYear", "520").flow(0, "kmPerTrip", "30");
        ContractPage declared = again.save();
        assertThat(declared.heading()).hasText("Hageavfall fra parkene");
        assertThat(declared.estimateNotice()).hasCount(0);
        assertThat(declared.main()).containsText("520");
    }

    @Test
    void in_bokmal_on_a_phone_an_estimate_without_a_yearly_value_says_what_to_give(
            @SignedIn(value = "agency@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor agency) {
        ContractEditor editor = agency.contracts("").addContract().fill("title", "Kantinevarer")
                .fill("supplier", "Matlevering AS").cpv("15894000-1");
        assertThat(editor.category()).containsText("Levering av andre varer og tjenester");
        editor.estimateFromSpend();
        assertThat(editor.field("value")).containsText("Oppgi årlig verdi for å anslå ut fra beløp");
        assertThat(editor.fieldInput("title")).hasValue("Kantinevarer");

        editor.fill("value", "2 000 000").estimateFromSpend();
        assertThat(editor.estimate()).containsText(Pattern.compile("Anslag: omtrent 400 turer"));
        agency.assertAccessible();
        ContractPage saved = editor.save();
        assertThat(saved.estimateNotice()).containsText("Anslag");
        agency.assertAccessible();
    }
}
