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
 * the probes ask the health groups the portal publishes, a stopping node gets longer than its
 * drain and Spring's graceful shutdown together, and the autoscaler scales on CPU and on the
 * sessions metric the portal publishes on a management port that nothing outside the cluster
 * reaches.
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
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet")).get("port"))
                    .as(probe).isEqualTo("management");
        }
        assertThat(path(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "startupProbe")).isEqualTo("/actuator/health/liveness");

        long grace = ((Number) spec.get("terminationGracePeriodSeconds")).longValue();
        long preStop = ((Number) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                container.get("lifecycle")).get("preStop")).get("sleep")).get("seconds")).longValue();
        long shutdown = Duration.parse("PT" + app.getProperty("spring.lifecycle.timeout-per-shutdown-phase")
                .toUpperCase()).toSeconds();
        assertThat(grace).isGreaterThan(preStop + shutdown);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_autoscaler_scales_on_cpu_and_on_the_sessions_the_portal_publishes_on_its_management_port()
            throws IOException {
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) load("deployment.yaml").get("spec")).get("template")).get("spec"))
                .get("containers")).getFirst();
        Map<String, Object> env = new java.util.HashMap<>();
        ((List<Map<String, Object>>) container.get("env")).forEach(e -> env.put((String) e.get("name"), e.get("value")));
        Map<String, Object> managementPort = ((List<Map<String, Object>>) container.get("ports")).stream()
                .filter(p -> "management".equals(p.get("name"))).findFirst().orElseThrow();
        assertThat(env.get("MANAGEMENT_SERVER_PORT")).isEqualTo(String.valueOf(managementPort.get("containerPort")));
        assertThat(String.valueOf(env.get("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE")).split(",")).contains("prometheus");

        // the service and so the ingress reach the public port only
        Map<String, Object> service = (Map<String, Object>) load("service.yaml").get("spec");
        assertThat(((List<Map<String, Object>>) service.get("ports"))).extracting(p -> p.get("targetPort"))
                .containsOnly("http");

        Map<String, Object> scrape = ((List<Map<String, Object>>) ((Map<String, Object>) load("pod-monitor.yaml")
                .get("spec")).get("podMetricsEndpoints")).getFirst();
        assertThat(scrape).containsEntry("port", "management").containsEntry("path", "/actuator/prometheus");

        // the adapter turns the portal's gauge (shown on a running node by TwoNodesBrowserIT) into
        // the pods metric the autoscaler asks for
        Map<String, Object> rule = ((List<Map<String, Object>>) ((Map<String, Object>) load("prometheus-adapter.yaml")
                .get("rules")).get("custom")).getFirst();
        assertThat((String) rule.get("seriesQuery")).startsWith("buyzet_sessions_active{");
        String adapted = (String) ((Map<String, Object>) rule.get("name")).get("as");

        List<Map<String, Object>> metrics = (List<Map<String, Object>>) ((Map<String, Object>)
                load("autoscaler.yaml").get("spec")).get("metrics");
        assertThat(metrics).anySatisfy(m -> assertThat(((Map<String, Object>) m.get("resource")).get("name"))
                .isEqualTo("cpu"));
        Map<String, Object> sessions = (Map<String, Object>) metrics.stream().filter(m -> "Pods".equals(m.get("type")))
                .findFirst().orElseThrow().get("pods");
        assertThat(((Map<String, Object>) sessions.get("metric")).get("name")).isEqualTo(adapted);
        assertThat(Integer.parseInt(String.valueOf(((Map<String, Object>) sessions.get("target")).get("averageValue"))))
                .isPositive();
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> container, String probe) {
        return ((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet")).get("path");
    }
}
