package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import eu.buyzet.portal.TestSmtp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal nodes behind Debian's HAProxy with sticky sessions, sharing one PostgreSQL: the
 * topology of the Kubernetes manifests (docs/scaling.md), on one machine. What one node saves,
 * signals or counts holds on the other, and when a node dies its users sign in again on the other
 * and find everything they saved. Each node answers health and metrics on a management port, as in
 * the manifests: it counts its sessions for the autoscaler there, and a node that is stopped drains.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserIT {

    private static final String TITLE = "Electric refuse trucks with depot charging";
    private static final String AUTHOR = "supplier2@demo.buyzet.eu";
    /** The open API's limit for all nodes together, small enough to reach in a test. */
    private static final int API_LIMIT = 30;

    private ExternalDatabase database;
    private final List<String> nodeArgs = new ArrayList<>();
    private final Map<String, PortalProcess> nodes = new HashMap<>();
    private Process proxy;
    private String proxyUrl = "";
    private Chromium chromium;
    private BrowserMail mail;
    private Portal portal;

    @BeforeAll
    void start() throws Exception {
        database = ExternalDatabase.start();
        mail = new BrowserMail();
        nodeArgs.addAll(mail.portalArgs());
        nodeArgs.addAll(List.of("--buyzet.api.rate-limit.capacity=" + API_LIMIT, "--buyzet.api.rate-limit.per-minute=1"));
        // one after the other: the first migrates and loads the demo, the second finds it done
        for (String node : List.of("a", "b")) {
            startNode(node, PortalProcess.freePort(), PortalProcess.freePort());
        }
        int proxyPort = PortalProcess.freePort();
        Path config = Files.createTempFile("haproxy", ".cfg");
        // the proxy asks each node's readiness on its management port, as the kubelet does
        Files.writeString(config, """
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # a busy machine answers a health check late, which is not a node going away
                    timeout check 5s
                    # a node that is stopping may still be in the proxy's list for up to two checks: a request
                    # it closes unanswered is tried again, on another node (every retry may redispatch)
                    option redispatch 1
                    retries 2
                    retry-on conn-failure empty-response response-timeout
                frontend portal
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie NODE insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-response set-header X-Portal-Node %%s
                    server a 127.0.0.1:%d check port %d inter 500ms fall 2 rise 2 cookie a
                    server b 127.0.0.1:%d check port %d inter 500ms fall 2 rise 2 cookie b
                """.formatted(proxyPort, nodes.get("a").port(), nodes.get("a").managementPort(),
                nodes.get("b").port(), nodes.get("b").managementPort()));
        String haproxy = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        proxy = new ProcessBuilder(haproxy, "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("haproxy", ".log").toFile()).start();
        proxyUrl = "http://127.0.0.1:" + proxyPort;
        awaitBothNodesUp(proxyUrl);
        chromium = new Chromium();
        portal = Portal.behind("two-nodes", "http://localhost:" + proxyPort, chromium);
    }

    private void startNode(String node, int port, int managementPort) throws Exception {
        nodes.put(node, PortalProcess.start("two-nodes-" + node, port, managementPort, database.portalEnvironment(),
                nodeArgs.toArray(String[]::new)));
    }

    private static void awaitBothNodesUp(String proxyUrl) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            try {
                // a static file: no session, and no API request counted against the rate limit
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(proxyUrl + "/favicon.ico"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                r.headers().firstValue("X-Portal-Node").ifPresent(seen::add);
            } catch (java.io.IOException notYet) {
                // the proxy is still starting
            }
            Thread.sleep(200);
        }
        org.assertj.core.api.Assertions.assertThat(seen).as("nodes the proxy reached").containsExactlyInAnyOrder("a", "b");
    }

    @AfterAll
    void stop() throws Exception {
        if (proxy != null) {
            proxy.destroy();
        }
        for (PortalProcess node : nodes.values()) {
            node.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** A browser profile whose requests the proxy sends to one node, as its sticky cookie would. */
    private Visitor signedInOn(String node, String email) {
        Visitor visitor = portal.anonymous("en-GB");
        visitor.page().context().addCookies(List.of(new Cookie("NODE", node).setDomain("localhost").setPath("/")));
        visitor.signIn(email, "demo");
        return visitor;
    }

    @Test
    @Order(1)
    void the_api_rate_limit_counts_a_clients_requests_on_every_node_together() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Integer> servedBy = new HashMap<>();
        int refused = 0;
        for (int i = 0; i < API_LIMIT + 10; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/forums"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                refused++;
            } else {
                org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(200);
                servedBy.merge(r.headers().firstValue("X-Portal-Node").orElse("?"), 1, Integer::sum);
            }
        }
        // each node saw about half the requests, far below the limit on its own
        org.assertj.core.api.Assertions.assertThat(servedBy.keySet()).containsExactlyInAnyOrder("a", "b");
        org.assertj.core.api.Assertions.assertThat(servedBy.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(API_LIMIT);
        org.assertj.core.api.Assertions.assertThat(refused).isEqualTo(10);
    }

    @Test
    @Order(2)
    void each_node_counts_its_signed_in_sessions_for_the_autoscaler_on_its_management_port_only() throws Exception {
        try (Visitor member = signedInOn("a", "moderator@demo.buyzet.eu")) {
            assertThat(member.page().locator("#whoami")).hasCount(1);
            HttpClient http = HttpClient.newHttpClient();
            String metrics = http.send(HttpRequest.newBuilder(URI.create(nodes.get("a").managementUrl()
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
            org.assertj.core.api.Assertions.assertThat(signedInSessions(metrics)).isGreaterThanOrEqualTo(1);
            // not through the proxy, nor on a node's public port
            for (String url : List.of(portal.url("/actuator/prometheus"), nodes.get("a").baseUrl() + "/actuator/prometheus")) {
                HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                org.assertj.core.api.Assertions.assertThat(outside.body()).as(url).doesNotContain("buyzet_sessions_active");
            }
        }
    }

    private static double signedInSessions(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("buyzet_sessions_active{") && l.contains("signed_in=\"true\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    @Order(3)
    void a_notification_saved_on_one_node_rings_the_bell_on_the_other_is_mailed_once_and_outlives_its_node()
            throws Exception {
        String url;
        try (Visitor anyone = portal.anonymous("en-GB")) {
            url = anyone.forums().open("Zero-emission waste collection").open(TITLE).waitForUrl(".*/submissions/\\d+$");
        }
        try (Visitor author = signedInOn("a", AUTHOR)) {
            assertThat(author.shell().bell()).hasText("");
            // three members on node b flag the author's solution: it is hidden, and the author told
            for (String flagger : List.of("agency@demo.buyzet.eu", "supplier@demo.buyzet.eu", "agency2@demo.buyzet.eu")) {
                try (Visitor member = signedInOn("b", flagger)) {
                    SubmissionPage solution = member.submission(url);
                    solution.flag();
                    solution.chooseFlagReason("Spam");
                    solution.confirmFlag();
                    assertThat(solution.flaggedAlready()).containsText("flagged");
                }
            }
            // the author's page, served by node a, hears of it without a reload
            assertThat(author.shell().bell()).hasText("1");

            // both nodes send the outbox: the mail arrives once
            mail.await(AUTHOR, m -> TestSmtp.subject(m).contains(TITLE));
            Thread.sleep(3_000);
            org.assertj.core.api.Assertions.assertThat(mail.received(AUTHOR, m -> TestSmtp.subject(m).contains(TITLE)))
                    .hasSize(1);

            // node a dies mid-journey: the proxy sends the author to node b, where they sign in again
            nodes.get("a").kill();
            author.page().reload();
            assertThat(author.page().locator("#whoami")).hasCount(0);
            author.signIn(AUTHOR, "demo");
            PortalPage start = author.shell();
            assertThat(start.bell()).hasText("1");
            start.openNotifications();
            assertThat(start.notificationList()).containsText(TITLE);
            author.assertAccessible();
        }
    }

    @Test
    @Order(4)
    void a_stopped_node_finishes_the_request_in_flight_stops_reporting_ready_and_the_proxy_sends_new_requests_on()
            throws Exception {
        // node a, killed above, comes back on its address and the proxy takes it in again
        PortalProcess dead = nodes.get("a");
        if (!dead.isAlive()) {
            startNode("a", dead.port(), dead.managementPort());
        }
        awaitBothNodesUp(proxyUrl);
        PortalProcess stopping = nodes.get("b");
        byte[] body = """
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "tripsPerYear": 1000, "kmPerTrip": 3}]}"""
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", stopping.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            // a client of its own (the one the proxy forwards for), whose API budget is untouched
            out.write(("POST /api/v1/footprint/calculate HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "X-Forwarded-For: 192.0.2.15\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // the node has the request; half of its body follows, the rest only after the node was told to stop
            org.assertj.core.api.Assertions.assertThat(in.readLine()).startsWith("HTTP/1.1 100");
            in.readLine();
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(500);

            stopping.terminate();
            // while the request is still open, the node no longer says it is ready ...
            awaitNotReady(stopping);
            org.assertj.core.api.Assertions.assertThat(stopping.isAlive()).isTrue();
            // ... and the proxy sends new requests, even those with b's sticky cookie, to node a
            HttpClient http = HttpClient.newHttpClient();
            // until the proxy's own health checks see b go, b may still answer on a connection the proxy
            // keeps open; no request may fail meanwhile, and once a answers, a answers all that follow
            List<String> servedBy = new ArrayList<>();
            for (int i = 0; i < 40 && !servedBy.contains("200 a"); i++) {
                servedBy.add(viaProxyWithCookieOfB(http));
                Thread.sleep(100);
            }
            org.assertj.core.api.Assertions.assertThat(servedBy).allMatch(r -> r.startsWith("200 ")).contains("200 a");
            List<String> after = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                after.add(viaProxyWithCookieOfB(http));
            }
            org.assertj.core.api.Assertions.assertThat(after).containsOnly("200 a");

            // the request in flight gets its whole answer, and only then does the node stop
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String status = in.readLine();
            StringBuilder answer = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer.append(line).append('\n');
            }
            org.assertj.core.api.Assertions.assertThat(status).startsWith("HTTP/1.1 200");
            org.assertj.core.api.Assertions.assertThat(answer).contains("\"total\"");
        }
        org.assertj.core.api.Assertions.assertThat(stopping.awaitExit(Duration.ofSeconds(60))).isTrue();
    }

    /** Readiness answered as not ready, or no longer answered at all: either way the node takes no new work. */
    private String viaProxyWithCookieOfB(HttpClient http) throws Exception {
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(proxyUrl + "/favicon.ico"))
                .header("Cookie", "NODE=b").build(), HttpResponse.BodyHandlers.ofString());
        return next.statusCode() + " " + next.headers().firstValue("X-Portal-Node").orElse("?");
    }

    private static void awaitNotReady(PortalProcess node) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(node.managementUrl() + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    return;
                }
            } catch (IOException refused) {
                return;
            }
            Thread.sleep(100);
        }
        org.assertj.core.api.Assertions.fail("node still reports ready after SIGTERM");
    }
}
