package eu.buyzet.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on a real PostgreSQL: the embedded default, in a fresh data folder per test
 * run, with the demo data loaded. All such tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false",
        // a GreenMail server listens here while a test needs it (TestSmtp); jobs send only when a test runs them
        "spring.mail.host=localhost", "spring.mail.port=" + TestSmtp.PORT})
public @interface PortalIntegrationTest {
}
