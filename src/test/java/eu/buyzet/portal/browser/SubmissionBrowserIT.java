package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Needs and solutions from writing to moderation, on the production jar with demo data. */
@PortalBrowserTest
class SubmissionBrowserIT {

    private static final String XSS_TITLE = "Behov <script>window.xss=1</script><img src=x onerror=\"window.xss=1\">";
    private static final String XSS_BODY = "Tekst [lenke](javascript:window.xss=1) <svg onload=\"window.xss=1\"></svg>";
    private static final String FORUM = "Zero-emission waste collection";

    private static ForumPage openForum(Visitor visitor, String title) {
        ForumPage forum = visitor.forums().open(title);
        assertThat(forum.heading()).hasText(title);
        return forum;
    }

    @Test
    void an_agency_posts_a_need_a_supplier_answers_and_a_moderator_hides_it_with_a_reason_the_author_sees(
            Portal portal) {
        String needTitle;
        try (Visitor agency = portal.signedIn("agency@demo.buyzet.eu")) {
            SubmissionEditor editor = openForum(agency, FORUM).newNeed();
            assertThat(editor.heading()).hasText("New need");
            agency.assertAccessible();

            editor.save();
            assertThat(editor.titleField()).containsText("This field is required");

            SubmissionPage need = editor.title(XSS_TITLE)
                    .summary("Henting av glass og metall med elektrisk bil.")
                    .body(XSS_BODY)
                    .cpv("90511000-2")
                    .save();
            assertThat(need.heading()).hasText(XSS_TITLE);
            need.declareFootprintAndPublish(false);

            assertThat(need.heading()).hasText(XSS_TITLE);
            assertThat(need.textLinks()).hasCount(0);
            assertThat(need.meta()).containsText("Need");
            agency.assertNoScriptRan();
            agency.assertAccessible();
            needTitle = XSS_TITLE;
        }

        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            ForumPage forum = openForum(supplier, FORUM);
            assertThat(forum.submission("Behov").first()).isVisible();
            // the card's title is the whole typed title, as text
            assertThat(forum.submission("Behov").first()).hasText(XSS_TITLE);
            supplier.assertNoScriptRan();
            assertThat(forum.newNeedButton()).hasCount(0);
            SubmissionPage solution = forum.newSolution()
                    .title("Elektrisk glassinnsamling")
                    .body("Vi henter glass med **elektrisk** lastebil.")
                    .save();
            assertThat(solution.heading()).hasText("Elektrisk glassinnsamling");
            solution.declareFootprintAndPublish(true);
            assertThat(solution.footprintSaving()).containsText("3,729.2");
            assertThat(solution.footprintChartGraphic()).isVisible();
            assertThat(solution.footprintChart()).hasAttribute("aria-label",
                    Pattern.compile("Baseline today 3,776 kg CO2e; With this solution 46\\.9 kg CO2e"));
            supplier.assertAccessible();
            assertThat(solution.textBold()).hasText("elektrisk");
            solution.withdraw();
            assertThat(solution.status()).containsText("Withdrawn");
        }

        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            SubmissionPage need = openForum(moderator, FORUM).open("Behov");
            need.hide();
            need.confirmHide();
            assertThat(need.hideReasonField()).containsText("This field is required");
            need.hideReason("Off-topic: post it in the schools forum");
            need.confirmHide();
            assertThat(need.hiddenNotice()).containsText("Off-topic: post it in the schools forum");
        }

        try (Visitor agency = portal.signedIn("agency@demo.buyzet.eu")) {
            assertThat(openForum(agency, FORUM).submission(needTitle)).hasCount(0);
        }
    }

    @Test
    void search_in_a_forum_finds_norwegian_word_forms_and_marks_them(Portal portal) {
        try (Visitor reader = portal.anonymous("nb-NO")) {
            ForumPage forum = reader.forums().open("Avfallshenting uten utslipp");
            forum.search("avfallshenting");
            assertThat(forum.submission("Avfallshenting fra 180 kommunale bygg")).hasCount(1);
            assertThat(forum.marks().first()).isVisible();
            reader.assertAccessible();
            SubmissionPage hit = forum.open("Avfallshenting fra 180 kommunale bygg");
            assertThat(hit.heading()).hasText("Avfallshenting fra 180 kommunale bygg");
            assertThat(hit.textListItems().first()).isVisible();
            reader.assertAccessible();
        }
    }
}
