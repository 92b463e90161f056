package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import eu.buyzet.portal.TestSmtp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A supplier signs up, confirms its address from the mail, and posts; the post waits until a
 * moderator has verified the organisation and published the post, and then everyone sees it.
 */
@PortalBrowserTest(mail = true)
class SignUpBrowserIT {

    private static final String EMAIL = "siri@lastesykkel.no";
    private static final String PASSWORD = "et langt passord 123";
    private static final String POST = "Lastesykler for glassinnsamling";

    @Test
    void a_supplier_signs_up_is_verified_and_its_first_post_leaves_pre_moderation(Portal portal, BrowserMail mail)
            throws Exception {
        try (Visitor newcomer = portal.anonymous("en-GB")) {
            SignUpPage signUp = newcomer.signInPage().signUp();
            assertThat(signUp.heading()).hasText("Sign up as a supplier");
            signUp.fill("org-number", "123456789").fill("password", "short");
            signUp.send();
            assertThat(signUp.field("organisation-name")).hasAttribute("invalid", "");
            assertThat(signUp.field("org-number")).containsText("not a valid");
            assertThat(signUp.field("password")).containsText("12");
            assertThat(signUp.field("privacy")).hasAttribute("invalid", "");
            assertThat(signUp.fieldInput("org-number")).hasValue("123456789");
            newcomer.assertAccessible();

            signUp.fillAll("Lastesykkel Oslo AS", "310000035", "Siri Sykkel", EMAIL, PASSWORD);
            signUp.send();
            assertThat(signUp.done()).containsText(EMAIL);
        }

        String body = TestSmtp.text(mail.await(EMAIL, m -> TestSmtp.subject(m).contains("Confirm")
                || TestSmtp.subject(m).contains("Bekreft")));
        Matcher link = Pattern.compile("http\\S+/sign-up/confirm/\\S+").matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).as(body).isTrue();

        String postUrl;
        try (Visitor newcomer = portal.anonymous("en-GB")) {
            newcomer.openUrl(link.group());
            assertThat(new SignUpPage(newcomer).confirmed()).containsText("is confirmed");
            newcomer.assertAccessible();
            newcomer.signIn(EMAIL, PASSWORD);
            SubmissionPage post = newcomer.forums().open("Zero-emission waste collection").newSolution()
                    .title(POST)
                    .body("Vi henter glass med elektriske lastesykler.")
                    .save();
            assertThat(post.heading()).hasText(POST);
            post.declareFootprint().declareDeliveryRounds(true);
            post.publish();
            assertThat(post.status()).containsText("Awaiting review");
            postUrl = post.waitForUrl(".*/submissions/\\d+$");
        }

        portal.assertAnonymousSees(postUrl, POST, false);

        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            ModerationPage moderation = moderator.moderation();
            assertThat(moderation.pendingOrganisations()).containsText("Lastesykkel Oslo AS");
            moderator.assertAccessible();
            moderation.verifyFirstOrganisation();
            assertThat(moderation.messages().last()).containsText("Lastesykkel Oslo AS is verified");
            assertThat(moderation.visibleVerifyButtons()).hasCount(0);
            SubmissionPage post = moderation.openAwaitingReview(POST);
            assertThat(post.heading()).hasText(POST);
            post.approve();
            assertThat(post.status()).hasCount(0);
        }

        portal.assertAnonymousSees(postUrl, POST, true);
    }
}
