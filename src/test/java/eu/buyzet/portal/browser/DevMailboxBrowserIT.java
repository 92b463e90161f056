package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The jar started as {@code ./mvnw spring-boot:run} starts the application: the dev profile on the
 * embedded default without a mail server. An administrator reads the mails there; a supplier
 * does not find the page. (Without the profile the page does not exist: {@link LocalSignInBrowserIT}.)
 */
@PortalBrowserTest(args = "--spring.profiles.include=dev")
class DevMailboxBrowserIT {

    private static final String EMAIL = "dev-mailbox@lastesykkel.no";

    @Test
    void under_the_dev_profile_an_admin_reads_a_sign_up_link_in_the_dev_mailbox_and_a_supplier_finds_no_page(
            Portal portal) {
        try (Visitor newcomer = portal.anonymous("en-GB")) {
            SignUpPage signUp = newcomer.signUp();
            signUp.fillAll("Utviklerpost AS", "310000108", "Dev Eloper", EMAIL, "et langt passord 123");
            signUp.send();
            assertThat(signUp.done()).containsText(EMAIL);
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            DevMailboxPage mailbox = supplier.devMailbox();
            assertThat(mailbox.heading()).not().hasText("Dev mailbox");
            assertThat(mailbox.mails()).hasCount(0);
        }
        try (Visitor admin = portal.signedIn("admin@demo.buyzet.eu")) {
            DevMailboxPage mailbox = admin.devMailbox();
            assertThat(mailbox.heading()).hasText("Dev mailbox");
            assertThat(mailbox.mails()).containsText(EMAIL);
            admin.assertAccessible();
        }
    }
}
