package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Anyone reads the city's adopted plans: the demo's adopted refuse-collection strategy is listed
 * and opened without signing in, with its instruments and its scenario as change against the
 * baseline, and nothing of the strategy still in consultation. On a desktop in English and on a
 * phone in Bokmål, with axe.
 */
@PortalBrowserTest
class PublicStrategiesBrowserIT {

    private static final String ADOPTED = "Utslippsfri avfallshenting innen 2030";
    private static final String IN_CONSULTATION = "Håndverkere uten utslipp";

    @Test
    void a_visitor_reads_the_adopted_demo_strategy_and_not_the_one_in_consultation(
            @Anonymous(locale = "en-GB") Visitor visitor) {
        read(visitor, "Zero-emission requirement in the specification");
    }

    @Test
    void a_visitor_on_a_phone_reads_it_in_bokmal(@Anonymous(locale = "nb-NO", phone = true) Visitor visitor) {
        read(visitor, "");
    }

    private static void read(Visitor visitor, String instrumentName) {
        visitor.page().navigate(visitor.url("/strategies/public"));
        assertThat(visitor.page().locator("#public-strategies")).containsText(ADOPTED);
        assertThat(visitor.page().locator("#public-strategies")).not().containsText(IN_CONSULTATION);
        visitor.assertAccessible();
        visitor.page().locator("#public-strategies a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(ADOPTED)).first().click();
        assertThat(visitor.page().locator("h1")).containsText(ADOPTED);
        assertThat(visitor.page().locator("#strategy-headline")).containsText("2030");
        if (!instrumentName.isEmpty()) {
            assertThat(visitor.page().locator("body")).containsText(instrumentName);
        }
        // the buyers' planning material stays with the buyers
        assertThat(visitor.page().locator("#strategy-documents")).hasCount(0);
        visitor.assertAccessible();
    }
}
