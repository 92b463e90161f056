package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDefaultsTest {

    private static MockEnvironment decide(MockEnvironment environment) {
        new EmbeddedDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void without_a_datasource_the_embedded_database_starts_with_demo_data() {
        var env = decide(new MockEnvironment());
        assertThat(env.getProperty("buyzet.database.embedded")).isEqualTo("true");
        assertThat(env.getProperty("buyzet.demo-data")).isEqualTo("true");
        assertThat(env.getProperty("spring.liquibase.contexts")).isEqualTo("schema,demo");
    }

    @Test
    void with_a_configured_datasource_no_demo_data_is_loaded_unless_asked_for() {
        var env = decide(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/buyzet"));
        assertThat(env.getProperty("buyzet.database.embedded")).isEqualTo("false");
        assertThat(env.getProperty("buyzet.demo-data")).isEqualTo("false");
        assertThat(env.getProperty("spring.liquibase.contexts")).isEqualTo("schema");

        var asked = decide(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/buyzet")
                .withProperty("buyzet.demo-data", "true"));
        assertThat(asked.getProperty("spring.liquibase.contexts")).isEqualTo("schema,demo");
    }

    @Test
    void the_embedded_database_can_run_without_demo_data() {
        var env = decide(new MockEnvironment().withProperty("buyzet.demo-data", "false"));
        assertThat(env.getProperty("buyzet.database.embedded")).isEqualTo("true");
        assertThat(env.getProperty("spring.liquibase.contexts")).isEqualTo("schema");
    }
}
