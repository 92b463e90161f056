package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import eu.buyzet.portal.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Members of three organisations flag a supplier's solution; it is hidden and its author is told
 * in the portal and by mail; a moderator reviews it in the queue and restores it.
 */
// a suspension reaches open sessions at once, not after the usual ten seconds
@PortalBrowserTest(mail = true, args = "--buyzet.security.recheck-after=0s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModerationBrowserIT {

    private static final String TITLE = "Electric refuse trucks with depot charging";
    private static final String AUTHOR = "supplier2@demo.buyzet.eu";

    private static String solutionUrl(Portal portal) {
        try (Visitor anyone = portal.anonymous("en-GB")) {
            return anyone.forums().open("Zero-emission waste collection").open(TITLE)
                    .waitForUrl(".*/submissions/\\d+$");
        }
    }

    private static void flag(Portal portal, String email, String reason, String url, boolean hiddenAfterThis) {
        try (Visitor member = portal.signedIn(email)) {
            SubmissionPage solution = member.submission(url);
            solution.flag();
            solution.confirmFlag();
            assertThat(solution.flagReasons()).hasAttribute("invalid", "");
            solution.chooseFlagReason(reason);
            member.assertAccessible();
            solution.confirmFlag();
            assertThat(solution.flaggedAlready()).containsText("flagged");
            solution.reload();
            if (hiddenAfterThis) {
                assertThat(solution.heading()).not().hasText(TITLE);
            } else {
                assertThat(solution.flaggedAlready()).isVisible();
                assertThat(solution.flagButton()).hasCount(0);
            }
        }
    }

    @Test
    @Order(1)
    void flagged_content_is_hidden_its_author_told_in_the_portal_and_by_mail_and_a_moderator_restores_it(
            Portal portal, BrowserMail mail) throws Exception {
        String url = solutionUrl(portal);
        flag(portal, "agency@demo.buyzet.eu", "Spam", url, false);
        flag(portal, "supplier@demo.buyzet.eu", "Off-topic", url, false);
        try (Visitor author = portal.signedIn(AUTHOR)) {
            // the author is reading the forum when the third flag comes: the bell changes without a reload
            assertThat(author.shell().bell()).hasText("");
            assertThat(author.shell().notificationNews()).hasText("");
            flag(portal, "agency2@demo.buyzet.eu", "Spam", url, true);
            assertThat(author.shell().bell()).hasText("1");
            // and a screen reader says so, without the user moving to the bell
            assertThat(author.shell().notificationNews()).hasText("Notifications: 1 unread");
        }

        portal.assertAnonymousSees(url, TITLE, false);

        try (Visitor author = portal.signedIn(AUTHOR)) {
            PortalPage start = author.shell();
            assertThat(start.bell()).hasText("1");
            start.openNotifications();
            assertThat(start.notificationList()).containsText("Hidden after flags");
            // the reasons in the reader's words, not as codes
            assertThat(start.notificationList()).containsText("Spam or advertising");
            assertThat(start.notificationList()).containsText(TITLE);
            author.assertAccessible();
        }
        MimeMessage told = mail.await(AUTHOR, m -> TestSmtp.subject(m).contains(TITLE));
        org.assertj.core.api.Assertions.assertThat(TestSmtp.subject(told)).contains("Hidden after flags");
        org.assertj.core.api.Assertions.assertThat(TestSmtp.text(told)).contains("Hello Ahmed Khan").contains(url);

        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            ModerationPage moderation = moderator.moderation();
            assertThat(moderation.queue()).containsText(TITLE);
            assertThat(moderation.queue()).containsText("3 organisations");
            moderator.assertAccessible();
            moderation.restoreSelected();
            assertThat(moderation.messages().first()).containsText("Choose");
            moderation.selectLastRow();
            moderation.restoreSelected();
            assertThat(moderation.message("Reviewed: 1")).isVisible();
            assertThat(moderation.queueLink(TITLE)).hasCount(0);
        }

        portal.assertAnonymousSees(url, TITLE, true);
    }

    @Test
    @Order(2)
    void a_moderator_suspends_an_author_whose_open_session_then_ends(Portal portal) {
        String url = solutionUrl(portal);
        try (Visitor author = portal.signedIn(AUTHOR)) {
            try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
                SubmissionPage solution = moderator.submission(url);
                solution.suspendAuthor("Repeated advertising in the forum");
                moderator.assertAccessible();
                solution.confirmSuspension();
                assertThat(solution.message("is suspended")).isVisible();
            }
            // the author's next step finds the session ended
            author.shell().menuItem("Forums").click();
            assertThat(author.open("/my-organisation").loginForm()).isVisible();
            PortalPage again = author.signIn(AUTHOR, "demo");
            assertThat(again.loginForm()).isVisible();

            try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
                assertThat(moderator.submission(url).liftSuspensionButton()).isVisible();
                // lifted from the moderation page, where any member can be found
                ModerationPage moderation = moderator.moderation();
                moderation.findMember("Ahmed");
                moderation.liftFoundSuspension();
                assertThat(moderation.message("can sign in again")).isVisible();
            }
        }
        try (Visitor author = portal.signedIn(AUTHOR)) {
            assertThat(author.shell().whoAmI()).isVisible();
        }
    }
}
