package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** Keycloak's own sign-in form, where the portal sends a visitor under the keycloak profile. */
final class KeycloakSignInPage extends PortalPage {

    KeycloakSignInPage(Visitor visitor) {
        super(visitor);
    }

    Locator username() {
        return id("username");
    }

    PortalPage signIn(String username, String password) {
        username().fill(username);
        id("password").fill(password);
        id("kc-login").click();
        // Keycloak sends the browser back to the portal, whose first page after a cold start takes a while
        String portal = visitor.url("/");
        page.waitForURL(url -> url.startsWith(portal));
        page.waitForLoadState();
        return visitor.shell();
    }
}
