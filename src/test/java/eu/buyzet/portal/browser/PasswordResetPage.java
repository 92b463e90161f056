package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** "Forgot password" (/forgot-password) and the mailed link's page (/reset-password/…). */
final class PasswordResetPage extends PortalPage {

    PasswordResetPage(Visitor visitor) {
        super(visitor);
    }

    PasswordResetPage ask(String email) {
        input("password-reset-email").fill(email);
        id("password-reset-send").click();
        return this;
    }

    Locator sent() {
        return id("password-reset-sent");
    }

    PasswordResetPage choose(String password) {
        input("password-reset-password").fill(password);
        id("password-reset-save").click();
        return this;
    }

    Locator passwordField() {
        return id("password-reset-password");
    }

    Locator done() {
        return id("password-reset-done");
    }

    Locator invalid() {
        return id("password-reset-invalid");
    }
}
