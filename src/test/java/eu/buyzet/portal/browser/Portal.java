package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

/** A started production jar, and the browsers that visit it. Handed to tests by {@link PortalExtension}. */
final class Portal implements AutoCloseable {

    private final String name;
    private final int port;
    private final Chromium chromium;
    private final Map<String, String> env;
    private final List<String> args;
    private PortalProcess process;
    private String front;

    private Portal(String name, int port, Chromium chromium, Map<String, String> env, List<String> args) {
        this.name = name;
        this.port = port;
        this.chromium = chromium;
        this.env = env;
        this.args = List.copyOf(args);
    }

    static Portal start(String name, Chromium chromium, Map<String, String> env, List<String> args) throws Exception {
        return start(name, PortalProcess.freePort(), chromium, env, args);
    }

    static Portal start(String name, int port, Chromium chromium, Map<String, String> env, List<String> args)
            throws Exception {
        Portal portal = new Portal(name, port, chromium, env, args);
        portal.process = PortalProcess.start(name, port, env, args.toArray(String[]::new));
        return portal;
    }

    /**
     * Portal processes behind a proxy at {@code baseUrl}: the test starts and stops the processes
     * itself, and the visitors go through the proxy.
     */
    static Portal behind(String name, String baseUrl, Chromium chromium) {
        Portal portal = new Portal(name, 0, chromium, Map.of(), List.of());
        portal.front = baseUrl;
        return portal;
    }

    String baseUrl() {
        return front != null ? front : process.baseUrl();
    }

    /** The address of a path such as {@code /forums?q=schools}. */
    String url(String path) {
        return baseUrl() + path;
    }

    /**
     * Stops the jar and starts it again on the same port and database, as an operator restarts it.
     * Only for a class's own portal ({@link PortalBrowserTest#ownPortal()}): others share this one.
     */
    void restart() throws Exception {
        process.close();
        process = PortalProcess.start(name, port, env, args.toArray(String[]::new));
    }

    /** A fresh browser profile, not signed in, whose preferred language is {@code locale} ("en-GB", "nb-NO"). */
    Visitor anonymous(String locale) {
        return new Visitor(this, chromium.newContext(locale));
    }

    /** A fresh profile in a phone-sized window. */
    Visitor anonymousOnPhone(String locale) {
        return new Visitor(this, chromium.newPhoneContext(locale));
    }

    /** A fresh English profile signed in as a demo account (password {@code demo}). */
    Visitor signedIn(String email) {
        return signedIn(email, "demo", "en-GB");
    }

    Visitor signedIn(String email, String password, String locale) {
        return signedIn(email, password, locale, false);
    }

    Visitor signedIn(String email, String password, String locale, boolean phone) {
        Visitor visitor = phone ? anonymousOnPhone(locale) : anonymous(locale);
        visitor.signIn(email, password);
        return visitor;
    }

    /** Whether someone not signed in finds the page with this heading at the address. */
    void assertAnonymousSees(String url, String heading, boolean sees) {
        try (Visitor anonymous = anonymous("en-GB")) {
            anonymous.page().navigate(url);
            if (sees) {
                assertThat(anonymous.shell().heading()).hasText(heading);
            } else {
                assertThat(anonymous.shell().heading()).not().hasText(heading);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }
}
