package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a 390 px phone, in Bokmål and English: forum names are read whole, not cut to "Constr…";
 * a chart's labels do not run into each other; required fields carry their marker and the
 * legend explains it before anything is sent; and wherever the keyboard goes, the focus ring
 * stands out at 3:1 or more against the page.
 */
@PortalBrowserTest
class PhoneAndKeyboardBrowserIT {

    private static void namesWhole(Visitor visitor, String longName) {
        ForumsPage forums = visitor.forums();
        assertThat(forums.row(longName)).isVisible();
        // the list fits its columns to the window once it knows the window's width
        List<String> clipped = Legibility.clipped(visitor.page(), "#forums a.forum-link");
        for (int i = 0; i < 20 && !clipped.isEmpty(); i++) {
            visitor.page().waitForTimeout(250);
            clipped = Legibility.clipped(visitor.page(), "#forums a.forum-link");
        }
        assertThat(clipped).as("forum names cut off at 390 px").isEmpty();
        visitor.assertAccessible();
    }

    @Test
    void forum_names_are_read_whole_on_a_phone_in_bokmal(
            @SignedIn(value = "supplier@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor visitor) {
        namesWhole(visitor, "Byggelogistikk");
        namesWhole(visitor, "Reparasjon og vedlikehold med utslippsfri transport");
    }

    @Test
    void forum_names_are_read_whole_on_a_phone_in_english(
            @SignedIn(value = "supplier@demo.buyzet.eu", phone = true) Visitor visitor) {
        namesWhole(visitor, "Construction logistics");
        namesWhole(visitor, "Repair and maintenance with zero-emission transport");
    }

    @SuppressWarnings("unchecked")
    private static void labelsApart(Visitor visitor, com.microsoft.playwright.Locator chart) {
        assertThat(chart).isVisible();
        chart.locator("svg text").first().waitFor();
        Map<String, Object> labels = Legibility.chartLabels(chart);
        assertThat(((Number) labels.get("count")).intValue()).as("labels drawn").isGreaterThan(2);
        assertThat((List<String>) labels.get("overlaps")).as("labels drawn over each other").isEmpty();
        assertThat((List<String>) labels.get("outside")).as("labels running off the chart").isEmpty();
        visitor.assertAccessible();
    }

    @Test
    void a_footprint_chart_keeps_its_labels_apart_on_a_phone_in_english(
            @SignedIn(value = "supplier@demo.buyzet.eu", phone = true) Visitor supplier) {
        SubmissionPage solution = supplier.forums().open("Zero-emission waste collection")
                .open("Electric refuse trucks with depot charging");
        labelsApart(supplier, solution.footprintChart());
    }

    @Test
    void the_contract_chart_labels_do_not_overlap_on_a_phone_in_bokmal(
            @SignedIn(value = "agency@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor agency) {
        for (String query : List.of("", "?agency=all&rank=co2e&group=division")) {
            labelsApart(agency, agency.contracts(query).chart());
        }
    }

    @Test
    void sign_up_marks_its_required_fields_before_anything_is_sent(
            @Anonymous(locale = "nb-NO", phone = true) Visitor visitor) {
        SignUpPage signUp = visitor.signUp();
        assertThat(signUp.main()).containsText("Felt merket * må fylles ut.");
        for (String field : List.of("organisation-name", "name", "email", "password", "country")) {
            assertThat(Legibility.requiredMarker(signUp.field(field))).as(field).isEqualTo("*");
        }
        visitor.assertAccessible();
    }

    @Test
    void a_new_dialogue_marks_its_required_fields_and_leaves_the_optional_ones_plain(
            @SignedIn("moderator@demo.buyzet.eu") Visitor moderator) {
        NewDialogueForm form = moderator.forums().open("Zero-emission waste collection").createDialogue();
        assertThat(form.requiredLegend()).hasText("Fields marked * are required.");
        assertThat(Legibility.requiredMarker(form.titleField())).isEqualTo("*");
        assertThat(Legibility.requiredMarker(form.field("purpose"))).isEqualTo("*");
        assertThat(Legibility.requiredMarker(form.field("questions"))).isEqualTo("none");
        moderator.assertAccessible();
    }

    @Test
    void the_focus_ring_stands_out_on_the_forum_list(@Anonymous(locale = "en-GB") Visitor visitor) {
        ForumsPage forums = visitor.forums();
        assertThat(forums.rows().first()).isVisible();
        assertThat(Legibility.faintFocus(visitor.page(), 12)).as("focus indicators under 3:1").isEmpty();
        // the measure itself: Lumo's own half-transparent ring, about 2.3:1 on white, is caught
        forums.reload();
        assertThat(forums.rows().first()).isVisible();
        visitor.page().addStyleTag(new com.microsoft.playwright.Page.AddStyleTagOptions().setContent(
                "html { --vaadin-focus-ring-color: rgba(27, 107, 58, 0.5); }"));
        assertThat(Legibility.faintFocus(visitor.page(), 12)).as("a faint ring is reported").isNotEmpty();
    }

    @Test
    void the_focus_ring_stands_out_on_the_sign_up_form_on_a_phone(
            @Anonymous(locale = "nb-NO", phone = true) Visitor visitor) {
        SignUpPage signUp = visitor.signUp();
        signUp.fieldInput("organisation-name").focus();
        assertThat(Legibility.faintFocus(visitor.page(), 8)).as("focus indicators under 3:1").isEmpty();
    }
}
