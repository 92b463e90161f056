package eu.buyzet.portal.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central), started on loopback in dev mode
 * with the portal's realm export, the same file docker-compose imports.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "buyzet";
    private static final String ADMIN_PASSWORD = "test-admin-" + System.nanoTime();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static KeycloakServer start(String clientSecret, String portalBaseUrl) throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
        Path realm = Path.of(System.getProperty("keycloak.realm", "src/keycloak/buyzet-realm.json"));
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException("No Keycloak at " + home + ": run the tests with ./mvnw -Pproduction verify");
        }
        // a fresh dev database each run, so the realm import always applies
        deleteRecursively(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realm, imports.resolve("buyzet-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = PortalProcess.freePort();
        int management = PortalProcess.freePort();
        Path log = Files.createDirectories(Path.of("target", "browser-logs")).resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management,
                "--hostname=http://localhost:" + port, "--health-enabled=true", "--import-realm")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KEYCLOAK_CLIENT_SECRET", clientSecret);
        env.put("PORTAL_BASE_URL", portalBaseUrl);
        KeycloakServer server = new KeycloakServer(builder.start(), port, log);
        server.awaitReady(management);
        return server;
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** Creates a user with a password, a verified email and the given realm roles. */
    void createUser(String username, String email, String password, List<String> roles) throws Exception {
        String token = adminToken();
        String user = JSON.writeValueAsString(Map.of(
                "username", username, "email", email, "emailVerified", true, "enabled", true,
                "firstName", username, "lastName", "Test",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        HttpResponse<String> created = http.send(admin(token, "/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create user " + username + ": " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String userId = location.substring(location.lastIndexOf('/') + 1);
        StringBuilder mappings = new StringBuilder("[");
        for (String role : roles) {
            HttpResponse<String> rep = http.send(admin(token, "/roles/" + role).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            mappings.append(mappings.length() > 1 ? "," : "").append(rep.body());
        }
        mappings.append("]");
        HttpResponse<String> mapped = http.send(admin(token, "/users/" + userId + "/role-mappings/realm")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mappings.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Could not give roles to " + username + ": " + mapped.body());
        }
    }

    /** The number of active sessions a user has in Keycloak. */
    int sessionCount(String username) throws Exception {
        String token = adminToken();
        JsonNode users = JSON.readTree(http.send(admin(token, "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String id = users.get(0).get("id").asText();
        JsonNode sessions = JSON.readTree(http.send(admin(token, "/users/" + id + "/sessions").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return sessions.size();
    }

    private HttpRequest.Builder admin(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token);
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private void awaitReady(int management) throws Exception {
        // Keycloak builds itself on first start: minutes on a busy 2-core machine (4 min were not enough once)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(480);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + management + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the management port opens late
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not become ready:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
