package eu.buyzet.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Like {@link PortalIntegrationTest}, with the portal listening on a random port so that a test
 * also reads the open API over real HTTP. All such tests share one Spring context; the API's rate
 * limit is raised so that tests reading many channels are not throttled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false",
        "spring.mail.host=localhost", "spring.mail.port=" + TestSmtp.PORT,
        "buyzet.api.rate-limit.capacity=100000", "buyzet.api.rate-limit.per-minute=100000",
        "buyzet.sessions.new-per-client.capacity=100000"})
public @interface PortalWebIntegrationTest {
}
