package eu.buyzet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests agree with the portal they run: every listed file is there and parses,
 * the probes ask the health groups the portal publishes, and a stopping node gets longer than its
 * drain and Spring's graceful shutdown together.
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("docs/kubernetes");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        return new Yaml().load(Files.readString(DIR.resolve(file)));
    }

    @Test
    void every_manifest_the_kustomization_lists_exists_and_parses() throws IOException {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) load("kustomization.yaml").get("resources");
        assertThat(resources).isNotEmpty();
        for (String resource : resources) {
            assertThat(DIR.resolve(resource)).exists();
            List<Object> documents = new ArrayList<>();
            new Yaml().loadAll(Files.readString(DIR.resolve(resource))).forEach(documents::add);
            assertThat(documents).as(resource).isNotEmpty().allSatisfy(d -> assertThat(((Map<?, ?>) d).keySet().stream().map(String::valueOf).toList()).contains("apiVersion", "kind"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void probes_ask_the_portals_health_groups_and_a_stopping_node_has_time_to_drain() throws IOException {
        Properties app = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        assertThat(app.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(app.getProperty("server.shutdown")).isEqualTo("graceful");

        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                load("deployment.yaml").get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) spec.get("containers")).getFirst();
        assertThat(path(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "startupProbe")).isEqualTo("/actuator/health/liveness");

        long grace = ((Number) spec.get("terminationGracePeriodSeconds")).longValue();
        long preStop = ((Number) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                container.get("lifecycle")).get("preStop")).get("sleep")).get("seconds")).longValue();
        long shutdown = Duration.parse("PT" + app.getProperty("spring.lifecycle.timeout-per-shutdown-phase")
                .toUpperCase()).toSeconds();
        assertThat(grace).isGreaterThan(preStop + shutdown);
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> container, String probe) {
        return ((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet")).get("path");
    }
}
