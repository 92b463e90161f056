package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A supplier goes from a published need to a solution that answers it: "Offer a solution" opens
 * the editor for that need, the saved draft starts with the need's 9,000 trips × 14 km as its
 * baseline, and once published the need lists it and it links back. Walked in English at desktop
 * width and in Bokmål on a phone by keyboard, with axe. Its own portal: it publishes solutions
 * that searches and lists of other classes would count.
 */
@PortalBrowserTest(ownPortal = true)
class NeedToSolutionBrowserIT {

    private static final String FORUM = "Zero-emission waste collection";
    private static final String FORUM_NB = "Avfallshenting uten utslipp";
    private static final String NEED = "Avfallshenting fra 180 kommunale bygg";
    private static final Pattern NINE_THOUSAND = Pattern.compile("^9[ ,.\\u00a0\\u202f]?000$");

    @Test
    void in_english_at_desktop_width_a_supplier_offers_a_solution_that_starts_from_the_needs_transport(Portal portal) {
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            ForumPage forum = supplier.forums().open(FORUM);
            assertThat(forum.postActions()).containsText("New solution");
            assertThat(forum.filterRow().locator("#new-solution")).hasCount(0);
            supplier.assertAccessible();

            SubmissionPage need = forum.open(NEED);
            // the first need page of a freshly started portal may take longer than an assertion's five seconds
            assertThat(need.heading()).hasText(NEED, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(need.answeringSolutions()).containsText("answer");
            SubmissionEditor editor = need.offerSolution();
            assertThat(editor.heading()).hasText("New solution");
            assertThat(editor.lead()).containsText(NEED);
            supplier.assertAccessible();

            SubmissionPage solution = editor.title("Electric refuse trucks for 180 municipal buildings")
                    .summary("Battery-electric 26 t trucks from our depot in Alna.").save();
            assertThat(solution.heading()).hasText("Electric refuse trucks for 180 municipal buildings");
            assertThat(solution.baselinePrefilled()).isVisible();
            assertThat(solution.answeredNeedLink()).hasText(NEED);
            FootprintForm footprint = solution.declareFootprint();
            assertThat(footprint.baselineInput(0, "tripsPerYear")).hasValue(NINE_THOUSAND);
            assertThat(footprint.baselineInput(0, "kmPerTrip")).hasValue("14");
            supplier.assertAccessible();
            footprint.chooseDeclared(0, "energyCarrier", "Battery electric")
                    .declared(0, "tripsPerYear", "9000").declared(0, "kmPerTrip", "14").save();
            assertThat(solution.footprintSaving()).isVisible();
            solution.publish();
            assertThat(solution.status()).hasCount(0);

            solution.answeredNeedLink().click();
            assertThat(need.heading()).hasText(NEED);
            assertThat(need.answeringSolutions()).containsText("Electric refuse trucks for 180 municipal buildings");
            supplier.assertAccessible();
        }
        try (Visitor anyone = portal.anonymous("en-GB")) {
            SubmissionPage need = anyone.forums().open(FORUM).open(NEED);
            assertThat(need.answeringSolutions()).containsText("Electric refuse trucks for 180 municipal buildings");
            assertThat(need.offerSolutionButton()).hasCount(0);
        }
    }

    @Test
    void in_bokmal_on_a_phone_a_supplier_offers_a_solution_by_keyboard_and_the_need_lists_it(Portal portal) {
        try (Visitor supplier = portal.signedIn("supplier2@demo.buyzet.eu", "demo", "nb-NO", true)) {
            SubmissionPage need = supplier.forums().open(FORUM_NB).open(NEED);
            assertThat(need.heading()).hasText(NEED, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(need.offerSolutionButton()).hasText("Tilby en løsning");
            need.offerSolutionButton().press("Enter");
            SubmissionEditor editor = new SubmissionEditor(supplier);
            assertThat(editor.heading()).hasText("Ny løsning");
            assertThat(editor.lead()).containsText(NEED);
            supplier.assertAccessible();
            editor.title("Elektriske renovasjonsbiler med lading i depot");
            SubmissionPage solution = editor.saveByKeyboard();
            assertThat(solution.heading()).hasText("Elektriske renovasjonsbiler med lading i depot");
            assertThat(solution.baselinePrefilled()).containsText("Grunnlinjen er fylt ut");
            assertThat(solution.answeredNeedLink()).hasText(NEED);
            FootprintForm footprint = solution.declareFootprint();
            assertThat(footprint.baselineInput(0, "tripsPerYear")).hasValue(NINE_THOUSAND);
            supplier.assertAccessible();
            footprint.chooseDeclared(0, "energyCarrier", "Batterielektrisk")
                    .declared(0, "tripsPerYear", "9000").declared(0, "kmPerTrip", "14").save();
            assertThat(solution.footprintSaving()).isVisible();
            solution.publish();
            assertThat(solution.status()).hasCount(0);
            supplier.assertAccessible();

            solution.answeredNeedLink().press("Enter");
            assertThat(need.heading()).hasText(NEED);
            assertThat(need.answeringSolutions()).containsText("Elektriske renovasjonsbiler med lading i depot");
            supplier.assertAccessible();
        }
    }
}
