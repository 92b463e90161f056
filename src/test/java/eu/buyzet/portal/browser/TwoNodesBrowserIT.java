package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import eu.buyzet.portal.TestSmtp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * and find everything they saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserIT {

    private static final String TITLE = "Electric refuse trucks with depot charging";
    private static final String AUTHOR = "supplier2@demo.buyzet.eu";
    /** The open API's limit for all nodes together, small enough to reach in a test. */
    private static final int API_LIMIT = 30;

    private EmbeddedPostgres postgres;
    private final Map<String, PortalProcess> nodes = new HashMap<>();
    private Process proxy;
    private Chromium chromium;
    private BrowserMail mail;
    private Portal portal;

    @BeforeAll
    void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String ownerPassword = UUID.randomUUID().toString();
        String appPassword = UUID.randomUUID().toString();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("db/roles/10-buyzet-roles.sql")));
            s.execute("alter role buyzet_owner password '" + ownerPassword + "'");
            s.execute("alter role buyzet_app password '" + appPassword + "'");
        }
        mail = new BrowserMail();
        Map<String, String> env = Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "buyzet_app",
                "SPRING_DATASOURCE_PASSWORD", appPassword,
                "SPRING_LIQUIBASE_USER", "buyzet_owner",
                "SPRING_LIQUIBASE_PASSWORD", ownerPassword,
                "BUYZET_DEMO_DATA", "true");
        List<String> args = new ArrayList<>(mail.portalArgs());
        args.addAll(List.of("--buyzet.api.rate-limit.capacity=" + API_LIMIT, "--buyzet.api.rate-limit.per-minute=1"));
        // one after the other: the first migrates and loads the demo, the second finds it done
        for (String node : List.of("a", "b")) {
            nodes.put(node, PortalProcess.start("two-nodes-" + node, PortalProcess.freePort(), env,
                    args.toArray(String[]::new)));
        }
        int proxyPort = PortalProcess.freePort();
        Path config = Files.createTempFile("haproxy", ".cfg");
        Files.writeString(config, """
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    option redispatch
                    retries 2
                frontend portal
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie NODE insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-response set-header X-Portal-Node %%s
                    server a 127.0.0.1:%d check inter 500ms fall 2 rise 2 cookie a
                    server b 127.0.0.1:%d check inter 500ms fall 2 rise 2 cookie b
                """.formatted(proxyPort, nodes.get("a").port(), nodes.get("b").port()));
        String haproxy = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        proxy = new ProcessBuilder(haproxy, "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("haproxy", ".log").toFile()).start();
        awaitBothNodesUp("http://127.0.0.1:" + proxyPort);
        chromium = new Chromium();
        portal = Portal.behind("two-nodes", "http://localhost:" + proxyPort, chromium);
    }

    private static void awaitBothNodesUp(String proxyUrl) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(proxyUrl + "/actuator/health/readiness"))
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
        if (postgres != null) {
            postgres.close();
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
}
