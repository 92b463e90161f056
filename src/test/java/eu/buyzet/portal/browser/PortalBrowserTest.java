package eu.buyzet.portal.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test against the packaged production jar, started by {@link PortalExtension}. Test
 * methods (and {@code @BeforeAll} methods) take a {@link Portal}, a {@link Visitor} (anonymous, or
 * {@link SignedIn} as a demo account), a {@link BrowserMail} or a {@link KeycloakServer} as
 * parameters.
 *
 * <p>Classes with the same set-up share one started portal for the whole run (a fresh embedded
 * database with the demo data), so each of them must leave the demo data as other classes expect
 * it and make its own forums, submissions and groups. A class that stops the portal, or changes
 * what every other class relies on, asks for {@link #ownPortal()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PortalExtension.class)
public @interface PortalBrowserTest {

    /** The portal sends its mail to a real SMTP server ({@link BrowserMail}) within a second. */
    boolean mail() default false;

    /**
     * The production topology: a real Keycloak, and an external PostgreSQL with the README's two
     * roles instead of the embedded one. Always the class's own portal.
     */
    boolean keycloak() default false;

    /** Extra command-line arguments of the jar, such as {@code --spring.profiles.include=dev}. */
    String[] args() default {};

    /** The class gets a portal of its own, which it may {@link Portal#restart()}. */
    boolean ownPortal() default false;
}
