package eu.buyzet.portal.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged production jar, run as a user would run it, in its own process. Browser tests
 * talk to it over HTTP only.
 */
final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PortalProcess(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    static PortalProcess start(String name, int port, Map<String, String> env, String... args) throws Exception {
        return start(name, port, port, env, args);
    }

    /**
     * With {@code managementPort} other than {@code port}, health and metrics are answered there
     * only, as in the Kubernetes manifests.
     */
    static PortalProcess start(String name, int port, int managementPort, Map<String, String> env, String... args)
            throws Exception {
        Path jar = Path.of(System.getProperty("portal.jar", "target/buyzet-portal.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No portal jar at " + jar + ": run the tests with ./mvnw -Pproduction verify");
        }
        Path logs = Files.createDirectories(Path.of("target", "browser-logs"));
        Path log = logs.resolve(name + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                // every browser profile of every test is a new visitor from 127.0.0.1
                "--buyzet.sessions.new-per-client.capacity=100000"));
        if (managementPort != port) {
            command.addAll(List.of("--management.server.port=" + managementPort,
                    "--management.endpoints.web.exposure.include=health,info,prometheus"));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        PortalProcess portal = new PortalProcess(builder.start(), port, managementPort, log);
        portal.awaitReady();
        return portal;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    /** Health and metrics. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(managementUrl() + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        close();
        throw new IllegalStateException("The portal did not become ready:\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Ends the process at once, as a crash or a lost machine would: no shutdown, no draining. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Asks the process to stop (SIGTERM), as Kubernetes or systemd would, and does not wait. */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
