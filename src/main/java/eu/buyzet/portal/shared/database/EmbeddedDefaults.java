package eu.buyzet.portal.shared.database;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before any bean exists, whether the portal runs on its embedded default. Without a
 * configured datasource it starts an embedded PostgreSQL and, unless told otherwise, loads the
 * demo data (a Liquibase context that runs once). With a datasource it loads no demo data unless
 * {@code buyzet.demo-data=true}. The dev mailbox is on only under the {@code dev} profile (see
 * {@code notification.DevMailbox}); this decides its default there: the embedded default without SMTP.
 */
public class EmbeddedDefaults implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED = "buyzet.database.embedded";
    static final String DEMO_DATA = "buyzet.demo-data";
    static final String DEV_MAILBOX = "buyzet.mail.dev-mailbox";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        boolean demo = environment.getProperty(DEMO_DATA, Boolean.class, embedded);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(EMBEDDED, embedded);
        defaults.put(DEMO_DATA, demo);
        if (!environment.containsProperty(DEV_MAILBOX)) {
            // the embedded default has no mail server: under the dev profile its mails are read on a page instead
            defaults.put(DEV_MAILBOX, embedded && !environment.containsProperty("spring.mail.host"));
        }
        if (!environment.containsProperty("spring.liquibase.contexts")) {
            defaults.put("spring.liquibase.contexts", demo ? "schema,demo" : "schema");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("buyzetEmbeddedDefaults", defaults));
    }

    @Override
    public int getOrder() {
        // after application.properties and the environment are loaded
        return Ordered.LOWEST_PRECEDENCE;
    }
}
