package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The conversation around a need, on the production jar with demo data: an agency posts a need,
 * a supplier answers with a solution carrying a confidential file and marks interest, another
 * agency comments, a moderator hides the comment and its author sees why. Script payloads sit in
 * the comment and the file name; another supplier cannot reach the confidential file even by URL.
 */
@PortalBrowserTest
class ConversationBrowserIT {

    private static final String XSS_COMMENT = "Vi vil være med! <script>window.xss=1</script><img src=x onerror=\"window.xss=1\">";
    private static final String XSS_FILE = "prisliste<img src=x onerror=window.xss=1>.png";
    private static final String NEED = "Matlevering til 40 sykehjem";
    private static final String SOLUTION = "Elektrisk matlevering med kjølebil";

    private static SubmissionPage openSubmission(Visitor visitor, String title) {
        SubmissionPage submission = visitor.search("?q=" + title.split(" ")[0]).open(title);
        assertThat(submission.heading()).hasText(title);
        return submission;
    }

    private static SubmissionPage post(Visitor visitor, boolean solution, String title, String body) {
        ForumPage forum = visitor.forums().open("Goods delivery to schools");
        SubmissionEditor editor = (solution ? forum.newSolution() : forum.newNeed()).title(title).body(body)
                .cpv("varetransport");
        assertThat(editor.cpvField()).containsText("Words are not a CPV code");
        assertThat(editor.cpvInput()).hasValue("varetransport");
        SubmissionPage posted = editor.cpv("60100000-9").save();
        assertThat(posted.heading()).hasText(title);
        posted.declareFootprintAndPublish(solution);
        assertThat(posted.main()).containsText("60100000-9 Road transport services");
        return posted;
    }

    @Test
    void agency_posts_need_supplier_answers_and_marks_interest_another_agency_comments_and_a_moderator_hides_it(
            Portal portal) throws Exception {
        try (Visitor agency = portal.signedIn("agency@demo.buyzet.eu")) {
            post(agency, false, NEED, "Vi kjøper levering av mat til **40 sykehjem**, i dag med dieselbil.");
        }

        String fileHref;
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            SubmissionPage solution = post(supplier, true, SOLUTION,
                    "Kjølte elektriske varebiler (N1) og én hub i Alnabru.");
            solution.uploadConfidentialBeforeTheTickReachesTheServer(XSS_FILE, "image/png",
                    Files.readAllBytes(Path.of("docs/images/start-page.png")));
            assertThat(solution.attachmentLinks()).hasText(XSS_FILE);
            assertThat(solution.attachments()).containsText("Confidential");
            fileHref = solution.attachmentLinks().getAttribute("href");
            solution.upload("virus.png", "image/png", "MZ this is not a picture".getBytes(StandardCharsets.US_ASCII));
            assertThat(solution.attachmentError()).containsText("content must match");
            supplier.assertNoScriptRan();
            supplier.assertAccessible();

            SubmissionPage need = openSubmission(supplier, NEED);
            assertThat(need.interestCount()).hasText("0 organisations are interested");
            need.toggleInterest();
            assertThat(need.interestCount()).hasText("1 organisation is interested");
            assertThat(need.interestWho()).hasCount(0);
            supplier.assertAccessible();
        }

        try (Visitor commenter = portal.signedIn("agency2@demo.buyzet.eu")) {
            SubmissionPage need = openSubmission(commenter, NEED);
            need.sendComment();
            assertThat(need.newCommentField()).containsText("This field is required");
            need.writeComment(XSS_COMMENT);
            need.sendComment();
            assertThat(need.commentBodies().first()).hasText(XSS_COMMENT);
            assertThat(need.commentsHeading()).hasText("Comments (1)");
            // named for whose comment it answers; it hides itself, and the keyboard goes on in the reply's text area
            assertThat(need.firstReplyButton()).hasAttribute("aria-label", java.util.regex.Pattern.compile("Reply to \\S.*"));
            need.replyToFirstComment();
            assertThat(need.replyField()).isFocused();
            commenter.assertNoScriptRan();
            commenter.assertAccessible();

            SubmissionPage solution = openSubmission(commenter, SOLUTION);
            assertThat(solution.attachmentLinks()).hasText(XSS_FILE);
            APIResponse download = commenter.request().get(portal.url("/" + fileHref));
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.headers().get("content-type")).isEqualTo("image/png");
            commenter.assertNoScriptRan();
        }

        try (Visitor flagger = portal.signedIn("supplier2@demo.buyzet.eu")) {
            // a member of another organisation flags the comment for the moderators
            SubmissionPage need = openSubmission(flagger, NEED);
            need.flagFirstComment();
            need.chooseFlagReason("Inappropriate");
            need.confirmFlag();
            assertThat(need.firstCommentFlaggedNote()).isVisible();
            flagger.assertAccessible();
        }

        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            assertThat(moderator.moderation().queue()).containsText("Comment");
            SubmissionPage need = openSubmission(moderator, NEED);
            need.showInterestWho();
            assertThat(need.interestWho()).containsText("Grønn Håndverk AS");
            need.hideFirstComment();
            need.confirmCommentHide();
            assertThat(need.commentHideReasonField()).containsText("This field is required");
            need.commentHideReason("Markup that looks like code; please write plain text");
            need.confirmCommentHide();
            assertThat(need.firstHiddenCommentNotice()).containsText("please write plain text");
            moderator.assertAccessible();
        }

        try (Visitor commenter = portal.signedIn("agency2@demo.buyzet.eu")) {
            SubmissionPage need = openSubmission(commenter, NEED);
            assertThat(need.firstHiddenCommentNotice())
                    .hasText("Hidden by a moderator. Reason: Markup that looks like code; please write plain text");
            assertThat(need.commentBodies().first()).hasText(XSS_COMMENT);
        }

        try (Visitor rival = portal.signedIn("supplier2@demo.buyzet.eu")) {
            SubmissionPage need = openSubmission(rival, NEED);
            assertThat(need.firstHiddenCommentNotice()).hasText("Hidden by a moderator");
            assertThat(need.commentBodies()).hasCount(0);
            SubmissionPage solution = openSubmission(rival, SOLUTION);
            assertThat(solution.attachmentLinks()).hasCount(0);
            APIResponse direct = rival.request().get(portal.url("/" + fileHref));
            assertThat(direct.status()).isEqualTo(404);
            rival.assertNoScriptRan();
        }
    }
}
