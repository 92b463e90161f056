package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's HTTP edge over real HTTP (OWASP ASVS level 2): headers on every kind of response,
 * what a TLS proxy changes, the open API's limits and errors, and local sign-in's CSRF check and
 * brute-force protection. Each test is its own client: Tomcat trusts the loopback proxy, so an
 * {@code X-Forwarded-For} address keeps one test's counters and buckets apart from another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false",
        "buyzet.api.rate-limit.capacity=10", "buyzet.api.rate-limit.per-minute=1",
        "buyzet.attachments.rate-limit.capacity=5", "buyzet.attachments.rate-limit.per-minute=1",
        "buyzet.security.login.account-max-failures=5", "buyzet.security.login.client-max-failures=8",
        "buyzet.security.login.delay-step=10ms", "buyzet.security.login.max-delay=40ms"})
class WebHardeningIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    /** A client at its own address, keeping its cookies, following no redirects. */
    private final class Client {
        final String address = "203.0.113." + CLIENTS.incrementAndGet();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            return send(request(path, headers).GET().build());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address);
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return builder;
        }

        HttpResponse<String> postJson(String path, String body) throws Exception {
            return send(request(path, "Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        /** Opens the sign-in page and posts the form as Vaadin's login form does, with the page's CSRF token. */
        HttpResponse<String> signIn(String email, String password) throws Exception {
            Map<String, String> csrf = csrfOf(get("/login").body());
            return postForm("/login", Map.of("username", email, "password", password,
                    csrf.get("_csrf_parameter"), csrf.get("_csrf")));
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path, "Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
    }

    private static Map<String, String> csrfOf(String html) {
        Map<String, String> found = new java.util.HashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        assertThat(found).as("the sign-in page offers the CSRF token to its form").containsKeys("_csrf", "_csrf_parameter");
        return found;
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.uri().toString())
                .startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }

    private static void assertBrowserHeaders(HttpResponse<String> response) {
        String what = response.uri().getPath();
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "script-src 'self' 'nonce-");
        assertThat(csp).as(what).doesNotContain("'unsafe-inline' 'unsafe-eval'", "script-src *", "https:");
        assertThat(response.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy").orElse("")).as(what)
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }

    // --- headers -------------------------------------------------------------------------------

    @Test
    void a_vaadin_page_the_api_a_static_file_and_an_api_error_carry_the_security_headers() throws Exception {
        Client client = new Client();
        HttpResponse<String> page = client.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertBrowserHeaders(page);
        HttpResponse<String> api = client.get("/api/v1/forums");
        assertThat(api.statusCode()).isEqualTo(200);
        assertBrowserHeaders(api);
        HttpResponse<String> file = client.get("/VAADIN/static/push/vaadinPush-min.js");
        assertThat(file.statusCode()).isEqualTo(200);
        assertBrowserHeaders(file);
        assertBrowserHeaders(client.get("/api/v1/no-such-thing"));
        for (HttpResponse<String> response : List.of(page, api, file)) {
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        }
    }

    @Test
    void every_script_of_the_bootstrap_page_carries_the_nonce_of_its_policy_and_no_other_inline_script_may_run()
            throws Exception {
        HttpResponse<String> page = new Client().get("/login");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).isPositive();
        HttpResponse<String> again = new Client().get("/login");
        assertThat(again.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(nonce.group(1));
    }

    @Test
    void hsts_and_a_secure_session_cookie_only_when_a_trusted_proxy_says_the_request_came_over_tls() throws Exception {
        HttpResponse<String> plain = new Client().get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("; Secure"));

        HttpResponse<String> proxied = new Client().get("/login", "X-Forwarded-Proto", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000").contains("includeSubDomains");
        assertThat(proxied.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertBrowserHeaders(proxied);
        HttpResponse<String> api = new Client().get("/api/v1/forums", "X-Forwarded-Proto", "https");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    // --- the open API ----------------------------------------------------------------------------

    @Test
    void the_rate_limit_counts_every_spelling_of_an_api_path() throws Exception {
        Client client = new Client();
        HttpResponse<String> first = client.get("/%61pi/v1/forums");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("9");
        HttpResponse<String> last = null;
        for (int i = 0; i < 30 && (last == null || last.statusCode() != 429); i++) {
            last = client.get("/api/v1/forums");
        }
        assertProblem(last, 429);
        for (String spelling : List.of("/%61pi/v1/forums", "//api/v1/forums", "/api/v1/./forums", "/api//v1/forums",
                "/API/v1/forums", "/Api/v1/%66orums", "/api/v1/forums/../forums", "/api/v1/forums/")) {
            HttpResponse<String> response = client.get(spelling);
            assertThat(response.statusCode()).as(spelling).isEqualTo(429);
        }
        assertThat(new Client().get("/api/v1/forums").statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void file_downloads_are_limited_per_client_so_refused_fetches_cannot_grow_the_audit_trail_without_end()
            throws Exception {
        Long confidential = jdbc.sql("select id from submission_attachment where confidential order by id limit 1")
                .query(Long.class).optional().orElse(987_654_321L);
        Client client = new Client();
        HttpResponse<String> last = null;
        int answered = 0;
        for (int i = 0; i < 30 && (last == null || last.statusCode() != 429); i++) {
            last = client.get((i % 2 == 0 ? "/attachments/" : "//attachments/") + confidential);
            answered += last.statusCode() == 429 ? 0 : 1;
        }
        // a person clicked a link: a page in their language that says what happened, not a problem document
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(last.body()).contains("<html lang=\"en\">").contains("<h1>Too many downloads</h1>");
        assertThat(answered).isLessThanOrEqualTo(5);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(client.get("/attachments/" + confidential, "Accept-Language", "nb-NO,nb;q=0.9").body())
                .contains("<h1>For mange nedlastinger</h1>");
        assertThat(new Client().get("/attachments/" + confidential).statusCode()).as("another client").isNotEqualTo(429);
    }

    @Test
    void the_front_page_names_its_language_and_describes_the_portal_in_it_for_link_previews() throws Exception {
        HttpResponse<String> bokmal = new Client().get("/", "Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5");
        assertThat(bokmal.statusCode()).isEqualTo(200);
        assertThat(bokmal.body()).contains("lang=\"nb\"")
                .containsPattern("<meta name=\"description\" content=\"BuyZET-portalen: offentlige innkjøpere[^\"]*\">");
        assertThat(new Client().get("/", "Accept-Language", "de-DE").body()).contains("lang=\"en\"")
                .containsPattern("<meta name=\"description\" content=\"BuyZET Portal: public buyers[^\"]*\">");
    }

    @Test
    void a_download_link_to_a_file_that_is_gone_or_never_was_gives_the_readers_not_found_page() throws Exception {
        for (String path : List.of("/attachments/987654321", "/attachments/not-a-number")) {
            HttpResponse<String> bokmal = new Client().get(path, "Accept-Language", "nb-NO");
            assertThat(bokmal.statusCode()).as(path).isEqualTo(404);
            assertThat(bokmal.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("text/html"));
            assertThat(bokmal.body()).as(path).contains("<html lang=\"nb\">").contains("<h1>Fant ikke siden</h1>")
                    .doesNotContain("987654321").doesNotContain("\"type\"");
            assertThat(new Client().get(path).body()).as(path).contains("<h1>Page not found</h1>");
        }
    }

    @Test
    void paging_parameters_out_of_range_get_a_problem_naming_the_parameter_in_every_paged_endpoint() throws Exception {
        for (String endpoint : List.of("/api/v1/forums", "/api/v1/submissions", "/api/v1/dialogues", "/api/v1/buyer-groups")) {
            Client client = new Client();
            for (String[] c : new String[][] {{"page=2147483647", "page"}, {"page=10001", "page"}, {"page=-1", "page"},
                    {"page=2147483648", "page"}, {"size=0", "size"}, {"size=101", "size"}, {"page=2147483647&size=100", "page"}}) {
                HttpResponse<String> response = client.get(endpoint + "?" + c[0]);
                assertProblem(response, 400);
                assertThat(JSON.readTree(response.body()).get("errors").get(0).get("parameter").asText())
                        .as(endpoint + "?" + c[0]).isEqualTo(c[1]);
            }
            HttpResponse<String> lastPage = client.get(endpoint + "?page=10000&size=100");
            assertThat(lastPage.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(JSON.readTree(lastPage.body()).get("items")).isEmpty();
        }
    }

    private static String flows(int count) {
        return "{\"flows\": [" + String.join(",", java.util.Collections.nCopies(count,
                "{\"vehicleCategory\": \"N1\", \"energyCarrier\": \"DIESEL\", \"vehicleKmPerYear\": 1000}")) + "]}";
    }

    @Test
    void a_calculation_takes_at_most_fifty_flows_and_a_body_of_at_most_64_kib() throws Exception {
        Client client = new Client();
        assertThat(client.postJson("/api/v1/footprint/calculate", flows(50)).statusCode()).isEqualTo(200);

        HttpResponse<String> tooMany = client.postJson("/api/v1/footprint/calculate", flows(51));
        assertProblem(tooMany, 400);
        JsonNode problem = JSON.readTree(tooMany.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("flows");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("50");

        String huge = "{\"factorSet\": \"" + "x".repeat(70_000) + "\", \"flows\": []}";
        assertProblem(client.postJson("/api/v1/footprint/calculate", huge), 413);
        // without a declared length (chunked), the body is cut off while it is read
        HttpResponse<String> chunked = client.send(client.request("/api/v1/footprint/calculate",
                        "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build());
        assertProblem(chunked, 413);
    }

    @Test
    void an_unknown_path_under_api_is_a_404_problem_document_never_the_portals_page() throws Exception {
        Client client = new Client();
        for (String path : List.of("/api/v1/no-such-thing", "/api/v2/forums", "/api/", "/api", "/API/v1/forums",
                "/api/v1/forums/1/nothing")) {
            HttpResponse<String> response = client.get(path);
            assertProblem(response, 404);
            assertThat(response.body()).as(path).doesNotContain("<html");
        }
        assertProblem(client.postJson("/api/v1/no-such-thing", "{}"), 404);
        assertProblem(client.postJson("/api/v1/forums", "{}"), 405);
    }

    @Test
    void errors_under_api_are_problem_documents_and_never_a_redirect_to_sign_in() throws Exception {
        Client client = new Client();
        // Spring Security's firewall refuses this path; anonymous clients used to be sent to /login
        assertProblem(client.get("/api/v1/forums;jsessionid=1"), 400);
        HttpResponse<String> broken = client.get("/api/test/unexpected-failure");
        assertProblem(broken, 500);
        assertThat(JSON.readTree(broken.body()).get("incident").asText()).isNotBlank();
        assertThat(broken.body()).doesNotContain("IllegalStateException").doesNotContain("at eu.buyzet");
    }

    /** An API endpoint that fails unexpectedly, as a bug would (registered as a member of the test configuration). */
    @TestConfiguration
    static class FailingEndpoint {
        @RestController
        static class Failing {
            @GetMapping("/api/test/unexpected-failure")
            String fail() {
                throw new IllegalStateException("a bug");
            }
        }
    }

    // --- sign-in ---------------------------------------------------------------------------------

    private int signIns(String email) {
        return jdbc.sql("""
                select count(*) from audit_event e join audit_actor a on a.pseudonym = e.actor_ref
                join member m on m.id = a.member_id
                where e.action = 'security.signed-in' and lower(m.email) = lower(:email)""")
                .param("email", email).query(Integer.class).single();
    }

    private int audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :subject")
                .param("action", action).param("subject", subject).query(Integer.class).single();
    }

    @Test
    void signing_in_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        String email = "moderator@demo.buyzet.eu";
        int before = signIns(email);
        Client client = new Client();
        client.get("/login");
        HttpResponse<String> forged = client.postForm("/login", Map.of("username", email, "password", "demo"));
        assertRefusedBackToSignIn(forged);
        HttpResponse<String> wrongToken = client.postForm("/login",
                Map.of("username", email, "password", "demo", "_csrf", "not-the-token"));
        assertRefusedBackToSignIn(wrongToken);
        assertThat(signIns(email)).isEqualTo(before);
        // and the session is still anonymous: the sign-in page is offered again rather than the start page
        assertThat(client.get("/login").body()).contains("name=\"_csrf\"");
        assertThat(signIns(email)).isEqualTo(before);

        HttpResponse<String> withToken = client.signIn(email, "demo");
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location").orElse("")).doesNotContain("login");
        assertThat(signIns(email)).isEqualTo(before + 1);
    }

    /** Vaadin's access-denied handling sends a refused form post back to the sign-in page. */
    private static void assertRefusedBackToSignIn(HttpResponse<String> response) {
        if (response.statusCode() != 403) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
    }

    /** Five wrong passwords: the fifth answer is the lock, and so is the right password afterwards. */
    private List<String> lockOut(Client client, String email) throws Exception {
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(client.signIn(email, "wrong-" + i).headers().firstValue("Location").orElse(""));
        }
        answers.add(client.signIn(email, "demo").headers().firstValue("Location").orElse(""));
        return answers.stream().map(l -> l.replaceFirst("^https?://[^/]+", "")).toList();
    }

    @Test
    void an_account_is_locked_after_five_failures_with_the_same_answer_whether_it_exists_or_not() throws Exception {
        List<String> existing = lockOut(new Client(), "supplier2@demo.buyzet.eu");
        String unknown = "nobody-" + System.nanoTime() + "@example.org";
        List<String> missing = lockOut(new Client(), unknown);

        assertThat(existing).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
                "/login?locked=15", "/login?locked=15");
        assertThat(missing).isEqualTo(existing);
        // the right password from a third client is refused too while the account is locked
        assertThat(new Client().signIn("supplier2@demo.buyzet.eu", "demo").headers().firstValue("Location").orElse(""))
                .endsWith("/login?locked=15");

        for (String subject : List.of("supplier2@demo.buyzet.eu", unknown)) {
            assertThat(audited("security.sign-in-failed", subject)).as(subject).isEqualTo(5);
            assertThat(audited("security.sign-in-locked", subject)).as(subject).isEqualTo(1);
            assertThat(audited("security.sign-in-refused", subject)).as(subject).isPositive();
        }
        String details = jdbc.sql("select details::text from audit_event where action = 'security.sign-in-locked' "
                + "and subject_id = :s").param("s", unknown).query(String.class).single();
        assertThat(details).contains("\"scope\": \"account\"").contains("\"failures\": 5");

        // another account from the same client still signs in
        Client client = new Client();
        lockOut(client, "nobody-else-" + System.nanoTime() + "@example.org");
        assertThat(client.signIn("agency2@demo.buyzet.eu", "demo").headers().firstValue("Location").orElse(""))
                .doesNotContain("login");
    }

    @Test
    void a_successful_sign_in_resets_the_accounts_count() throws Exception {
        Client client = new Client();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(client.signIn("agency3@demo.buyzet.eu", "wrong").headers().firstValue("Location").orElse(""))
                        .endsWith("/login?error");
            }
            client = new Client();
            assertThat(client.signIn("agency3@demo.buyzet.eu", "demo").headers().firstValue("Location").orElse(""))
                    .doesNotContain("login");
            client = new Client();
        }
    }

    @Test
    void a_client_that_fails_on_many_names_is_locked_whatever_name_it_tries_next() throws Exception {
        Client client = new Client();
        for (int i = 0; i < 7; i++) {
            assertThat(client.signIn("guess-" + i + "-" + System.nanoTime() + "@example.org", "x")
                    .headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        assertThat(client.signIn("guess-last@example.org", "x").headers().firstValue("Location").orElse(""))
                .endsWith("/login?locked=15");
        assertThat(client.signIn("agency@demo.buyzet.eu", "demo").headers().firstValue("Location").orElse(""))
                .endsWith("/login?locked=15");
        assertThat(audited("security.sign-in-locked", client.address)).isEqualTo(1);
        assertThat(new Client().signIn("agency@demo.buyzet.eu", "demo").headers().firstValue("Location").orElse(""))
                .as("from another address").doesNotContain("login");
    }
}
