package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import eu.buyzet.portal.TestSmtp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The front door as a newcomer meets it, the start page as each role meets it, and the way back
 * in after a forgotten password. Its own portal: a test changes a member's password and follows.
 */
@PortalBrowserTest(mail = true, ownPortal = true)
class FrontDoorBrowserIT {

    /** The first page a freshly started portal draws may take longer than an assertion's five seconds. */
    private static final LocatorAssertions.HasTextOptions FIRST_DRAW =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Test
    void an_anonymous_visitor_lands_on_the_front_door_and_reaches_its_links_by_keyboard(
            @Anonymous(locale = "en-GB") Visitor visitor) {
        FrontDoorPage front = new FrontDoorPage(visitor);
        visitor.open("/");
        assertThat(front.heading()).hasText("Zero-emission urban deliveries, bought together", FIRST_DRAW);
        assertThat(front.main()).containsText("Oslo");
        assertThat(front.main()).containsText("BuyZET method");
        assertThat(front.forWhom()).containsText("Public agencies");
        assertThat(front.forWhom()).containsText("Suppliers");
        assertThat(front.forWhom()).containsText("Moderators");
        assertThat(front.loginForm()).hasCount(0);
        for (String link : new String[] {"forums", "dialogues", "buyer-groups", "strategies-public", "calculator", "sign-in",
                "sign-up"}) {
            assertThat(front.link(link)).isVisible();
        }
        visitor.assertAccessible();

        org.assertj.core.api.Assertions.assertThat(front.tabTo("front-calculator", 40))
                .as("Tab reaches the calculator link").isPositive();
        front.press("Enter");
        assertThat(front.heading()).hasText("Transport footprint calculator");

        visitor.open("/");
        front.link("sign-up").click();
        assertThat(front.heading()).hasText("Sign up as a supplier");
        visitor.open("/");
        front.link("sign-in").click();
        assertThat(front.loginForm()).isVisible();
        org.assertj.core.api.Assertions.assertThat(visitor.policyViolations())
                .as("the front door works under its Content-Security-Policy").isEmpty();
    }

    @Test
    void the_front_door_speaks_bokmal_on_a_phone(@Anonymous(locale = "nb-NO", phone = true) Visitor visitor) {
        FrontDoorPage front = new FrontDoorPage(visitor);
        visitor.open("/");
        assertThat(front.heading()).hasText("Utslippsfri varelevering i byen, kjøpt inn sammen", FIRST_DRAW);
        assertThat(front.forWhom()).containsText("Offentlige virksomheter");
        assertThat(front.link("forums")).hasText("Åpne fora");
        assertThat(front.link("calculator")).isVisible();
        assertThat(front.link("strategies-public")).hasText("Vedtatte anskaffelsesstrategier");
        visitor.assertAccessible();
        org.assertj.core.api.Assertions.assertThat(front.tabTo("front-forums", 40))
                .as("Tab reaches the forums link").isPositive();
        front.press("Enter");
        assertThat(front.heading()).hasText("Fora");
    }

    @Test
    void a_wrong_password_keeps_the_email_in_the_form_and_the_page_leads_back_to_the_front_door(Portal portal) {
        try (Visitor visitor = portal.anonymous("en-GB")) {
            PortalPage refused = visitor.signIn("agency2@demo.buyzet.eu", "not-the-password");
            assertThat(refused.loginForm()).containsText("Wrong email or password");
            SignInPage signIn = new SignInPage(visitor);
            assertThat(signIn.emailInput()).hasValue("agency2@demo.buyzet.eu");
            visitor.assertAccessible();
            // no dead end for someone without an account, or just signed out
            assertThat(signIn.lookAround("calculator")).isVisible();
            signIn.lookAround("front-door").click();
            assertThat(new FrontDoorPage(visitor).heading()).hasText("Zero-emission urban deliveries, bought together");
        }
    }

    @Test
    void a_forgotten_password_is_reset_by_a_mailed_link_that_works_once(Portal portal, BrowserMail mail)
            throws Exception {
        String email = "agency3@demo.buyzet.eu";
        String password = "et nytt og langt passord";
        try (Visitor visitor = portal.anonymous("en-GB")) {
            PasswordResetPage forgot = visitor.signInPage().forgotPassword();
            assertThat(forgot.heading()).hasText("Forgot your password?");
            visitor.assertAccessible();
            forgot.ask("nobody-here@example.org");
            assertThat(forgot.sent()).containsText("is on its way");
            String unknownAnswer = forgot.sent().innerText().replace("nobody-here@example.org", "ADDRESS");
            visitor.open("/forgot-password");
            forgot.ask(email);
            assertThat(forgot.sent()).containsText("a link to choose a new password is on its way");
            org.assertj.core.api.Assertions.assertThat(forgot.sent().innerText().replace(email, "ADDRESS"))
                    .as("the same words whether or not the address is a member's").isEqualTo(unknownAnswer);
        }

        String body = TestSmtp.text(mail.await(email, m -> TestSmtp.subject(m).contains("passord")
                || TestSmtp.subject(m).contains("password")));
        Matcher link = Pattern.compile("http\\S+/reset-password/\\S+").matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).as(body).isTrue();

        try (Visitor visitor = portal.anonymousOnPhone("nb-NO")) {
            visitor.openUrl(link.group());
            PasswordResetPage reset = new PasswordResetPage(visitor);
            assertThat(reset.heading()).hasText("Velg nytt passord");
            reset.choose("kort");
            assertThat(reset.passwordField()).hasAttribute("invalid", "");
            visitor.assertAccessible();
            reset.choose(password);
            assertThat(reset.done()).containsText("Det nye passordet er lagret");
            assertThat(visitor.signIn(email, password).whoAmI()).isVisible();
        }
        try (Visitor visitor = portal.anonymous("en-GB")) {
            visitor.openUrl(link.group());
            PasswordResetPage again = new PasswordResetPage(visitor);
            assertThat(again.invalid()).containsText("This link does not work");
            assertThat(again.passwordField()).hasCount(0);
            visitor.assertAccessible();
            assertThat(visitor.signIn(email, "demo").loginForm()).containsText("Wrong email or password");
        }
    }

    @Test
    void an_agency_sees_its_contracts_headline_and_what_waits_for_it(
            @SignedIn("agency@demo.buyzet.eu") Visitor visitor) {
        FrontDoorPage start = new FrontDoorPage(visitor);
        visitor.open("/");
        assertThat(start.heading()).containsText("Welcome");
        assertThat(start.section("contracts")).containsText("kg CO2e a year");
        assertThat(start.section("dialogues")).isVisible();
        assertThat(start.section("groups")).isVisible();
        assertThat(start.section("needs")).hasCount(0);
        assertThat(start.section("moderation")).hasCount(0);
        assertThat(start.whoAmI()).isVisible();
        visitor.assertAccessible();
        start.topContract().click();
        start.waitForUrl(".*/footprint/contracts/\\d+$");
    }

    @Test
    void a_supplier_on_a_phone_is_led_to_follow_categories_and_then_sees_matching_needs(
            @SignedIn(value = "supplier@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor visitor) {
        FrontDoorPage start = new FrontDoorPage(visitor);
        visitor.open("/");
        assertThat(start.section("needs")).containsText("Du følger ingen CPV-kategorier ennå");
        assertThat(start.section("supplier-dialogues")).isVisible();
        assertThat(start.section("contracts")).hasCount(0);
        visitor.assertAccessible();

        start.nextStep("needs").click();
        new AccountPage(visitor).followCpv("90500000-2");
        assertThat(new AccountPage(visitor).following()).containsText("90500000-2");

        visitor.open("/");
        // the agency's need in the waste collection forum, under CPV 90511000-2
        assertThat(start.section("needs")).containsText("Avfallshenting fra 180 kommunale bygg");
        visitor.assertAccessible();
        start.section("needs").getByText("Avfallshenting fra 180 kommunale bygg").click();
        start.waitForUrl(".*/submissions/\\d+$");
    }

    @Test
    void a_moderator_sees_what_waits_for_moderation_in_words_with_the_next_step(
            @SignedIn("moderator@demo.buyzet.eu") Visitor visitor) {
        FrontDoorPage start = new FrontDoorPage(visitor);
        visitor.open("/");
        assertThat(start.section("moderation")).isVisible();
        assertThat(start.section("moderation")).containsText("moderation");
        assertThat(start.section("contracts")).hasCount(0);
        visitor.assertAccessible();
        start.section("moderation").locator("a").first().click();
        start.waitForUrl(".*/moderation$");
    }
}
