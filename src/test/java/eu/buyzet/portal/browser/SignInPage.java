package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The local sign-in form at /login. */
final class SignInPage extends PortalPage {

    SignInPage(Visitor visitor) {
        super(visitor);
    }

    Locator form() {
        return loginForm();
    }

    /** Signs in as a person types it; returns whatever page follows (the start page, or the form with an error). */
    PortalPage signIn(String email, String password) {
        page.navigate(visitor.url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        // Spring Security returns to "/?continue": wait for content, not for a URL
        page.locator("#whoami, vaadin-login-form[error]").first().waitFor();
        return visitor.shell();
    }

    /** The address field of the form, e.g. to see it kept after a wrong password. */
    Locator emailInput() {
        return page.locator("vaadin-login-form input[name='username']");
    }

    /** A public place the sign-in page links to for those without an account: front-door, forums, calculator. */
    Locator lookAround(String name) {
        return id("login-" + name);
    }

    PasswordResetPage forgotPassword() {
        id("forgot-password-link").click();
        return new PasswordResetPage(visitor);
    }

    SignUpPage signUp() {
        id("sign-up-link").click();
        return new SignUpPage(visitor);
    }
}
