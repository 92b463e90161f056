package eu.buyzet.portal.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts what a {@link PortalBrowserTest} asks for, once: Chromium and each portal set-up live in
 * the root store for the whole run and are closed at its end (portals before the mail server and
 * Chromium, as the store closes in reverse order); a class's own portal, and Keycloak with its
 * database, live in the class's store and end with the class.
 */
final class PortalExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(PortalExtension.class);

    /** A shared portal's set-up: classes asking for the same one share it. */
    private record SharedSetup(boolean mail, List<String> args) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // start before the first test, so its time is not counted against a test's timeouts
        portal(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Portal.class || type == Visitor.class || type == BrowserMail.class
                || type == KeycloakServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Portal.class) {
            return portal(context);
        }
        if (type == BrowserMail.class) {
            if (!setup(context).mail()) {
                throw new ParameterResolutionException("Ask for @PortalBrowserTest(mail = true) to get the mail server");
            }
            return mail(context);
        }
        if (type == KeycloakServer.class) {
            portal(context);
            KeycloakServer keycloak = classStore(context).get(KeycloakServer.class, KeycloakServer.class);
            if (keycloak == null) {
                throw new ParameterResolutionException("Ask for @PortalBrowserTest(keycloak = true) to get Keycloak");
            }
            return keycloak;
        }
        Portal portal = portal(context);
        Visitor visitor = parameter.findAnnotation(SignedIn.class)
                .map(s -> portal.signedIn(s.value(), s.password(), s.locale(), s.phone()))
                .or(() -> parameter.findAnnotation(Anonymous.class)
                        .map(a -> a.phone() ? portal.anonymousOnPhone(a.locale()) : portal.anonymous(a.locale())))
                .orElseGet(() -> portal.anonymous("en-GB"));
        // closed when the test (or the @BeforeAll method's class) is done
        context.getStore(NAMESPACE).put(new Object(), visitor);
        return visitor;
    }

    private static PortalBrowserTest setup(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), PortalBrowserTest.class)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass()
                        + " needs @PortalBrowserTest"));
    }

    private static Store rootStore(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    private static Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }

    private static Chromium chromium(ExtensionContext context) {
        return rootStore(context).computeIfAbsent(Chromium.class, k -> new Chromium(), Chromium.class);
    }

    private static BrowserMail mail(ExtensionContext context) {
        return rootStore(context).computeIfAbsent(BrowserMail.class, k -> unchecked(BrowserMail::new),
                BrowserMail.class);
    }

    static Portal portal(ExtensionContext context) {
        PortalBrowserTest setup = setup(context);
        Chromium chromium = chromium(context);
        String name = context.getRequiredTestClass().getSimpleName();
        if (setup.keycloak()) {
            // not computeIfAbsent: starting it puts the database and Keycloak into the same store
            Store store = classStore(context);
            Portal portal = store.get(Portal.class, Portal.class);
            if (portal == null) {
                portal = unchecked(() -> keycloakPortal(store, name, chromium));
                store.put(Portal.class, portal);
            }
            return portal;
        }
        List<String> args = new ArrayList<>(List.of(setup.args()));
        if (setup.mail()) {
            args.addAll(mail(context).portalArgs());
        }
        if (setup.ownPortal()) {
            return classStore(context).computeIfAbsent(Portal.class,
                    k -> unchecked(() -> embeddedPortal(name, chromium, args)), Portal.class);
        }
        SharedSetup key = new SharedSetup(setup.mail(), List.of(setup.args()));
        return rootStore(context).computeIfAbsent(key,
                k -> unchecked(() -> embeddedPortal("shared-" + Math.abs(key.hashCode()), chromium, args)),
                Portal.class);
    }

    /** The embedded default: a fresh embedded PostgreSQL that loads the demo data. */
    private static Portal embeddedPortal(String name, Chromium chromium, List<String> args) throws Exception {
        List<String> all = new ArrayList<>(List.of(
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-" + name)));
        all.addAll(args);
        return Portal.start(name, chromium, Map.of(), all);
    }

    /**
     * The production topology without Docker: an external PostgreSQL (configured through the usual
     * Spring Boot environment variables, with the README's two roles: the pool as buyzet_app,
     * migrations as buyzet_owner) and a real Keycloak that knows the portal's address.
     */
    private static Portal keycloakPortal(Store store, String name, Chromium chromium) throws Exception {
        String secret = UUID.randomUUID().toString();
        int portalPort = PortalProcess.freePort();
        ExternalDatabase database = ExternalDatabase.start();
        store.put(ExternalDatabase.class, database);
        KeycloakServer keycloak = KeycloakServer.start(secret, "http://localhost:" + portalPort);
        store.put(KeycloakServer.class, keycloak);
        Map<String, String> env = new HashMap<>(database.portalEnvironment());
        env.putAll(Map.of(
                "SPRING_PROFILES_ACTIVE", "keycloak",
                "KEYCLOAK_ISSUER_URI", keycloak.issuer(),
                "KEYCLOAK_CLIENT_SECRET", secret));
        return Portal.start(name, portalPort, chromium, env, List.of());
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    private static <T> T unchecked(Starter<T> starter) {
        try {
            return starter.start();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
