package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** A supplier's sign-up at /sign-up, and the page its confirmation link opens. */
final class SignUpPage extends PortalPage {

    SignUpPage(Visitor visitor) {
        super(visitor);
    }

    /** A field with its message: "organisation-name", "org-number", "name", "email", "password", "privacy". */
    Locator field(String name) {
        return id("signup-" + name);
    }

    Locator fieldInput(String name) {
        return input("signup-" + name);
    }

    SignUpPage fill(String name, String value) {
        fieldInput(name).fill(value);
        return this;
    }

    /** Fills the whole form and accepts the privacy notice. */
    SignUpPage fillAll(String organisation, String orgNumber, String name, String email, String password) {
        fill("organisation-name", organisation).fill("org-number", orgNumber).fill("name", name)
                .fill("email", email).fill("password", password);
        acceptPrivacyNotice();
        return this;
    }

    void acceptPrivacyNotice() {
        fieldInput("privacy").check();
    }

    void send() {
        id("signup-send").click();
    }

    Locator done() {
        return id("signup-done");
    }

    Locator confirmed() {
        return id("signup-confirmed");
    }
}
