package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinServlet;
import eu.buyzet.portal.PortalWebIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Attachment;
import eu.buyzet.portal.submission.AttachmentService;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * OWASP ASVS 4.0.3 level-2 requirements that apply to the portal and that no other test showed
 * (docs/security.md lists each one with the test that shows it). Over real HTTP where the
 * requirement is about what a browser or a client gets: session cookies, sign-in and sign-out,
 * downloads, error responses, static files, cross-origin reads and content types.
 */
@PortalWebIntegrationTest
class AsvsGapsIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired MemberService members;
    @Autowired LocalAccountService accounts;
    @Autowired SubmissionService submissions;
    @Autowired AttachmentService attachments;
    @Autowired eu.buyzet.portal.footprint.DeclarationService declarations;
    @Autowired ServletRegistrationBean<? extends VaadinServlet> vaadinServlet;
    @TempDir Path temp;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** A browser without JavaScript: keeps its cookies, follows no redirects. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            return send(request(path, headers).GET().build());
        }

        HttpResponse<byte[]> download(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return builder;
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path, "Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        /** The page's CSRF token as a form field, when the page offers one (Vaadin puts it in meta tags). */
        Map<String, String> csrfOf(String page) throws Exception {
            Map<String, String> meta = new HashMap<>();
            Matcher m = CSRF_META.matcher(get(page).body());
            while (m.find()) {
                meta.put(m.group(1), m.group(2));
            }
            return meta.containsKey("_csrf") ? Map.of(meta.getOrDefault("_csrf_parameter", "_csrf"), meta.get("_csrf"))
                    : Map.of();
        }

        /** Posts the sign-in form as Vaadin's login form does. */
        HttpResponse<String> signIn(String email, String password) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(csrfOf("/login"));
            fields.put("username", email);
            fields.put("password", password);
            return postForm("/login", fields);
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** Replaces the session cookie, as an attacker holding an old session id would. */
        void useSession(String id) {
            cookies.getCookieStore().removeAll();
            HttpCookie cookie = new HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
        }

        /** The account page opens only for someone signed in; anyone else is sent to sign in. */
        boolean signedIn() throws Exception {
            HttpResponse<String> account = get("/account");
            if (account.statusCode() == 200) {
                return true;
            }
            assertThat(account.statusCode()).isEqualTo(302);
            assertThat(account.headers().firstValue("Location").orElse("")).endsWith("/login");
            return false;
        }
    }

    /** A fresh member of a demo agency with a local password, so no other test's sign-ins interfere. */
    private String newMember() {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        OrganisationId agency = OrganisationId.of(jdbc.sql("select organisation_id from member where email = ?")
                .param("agency@demo.buyzet.eu").query(Long.class).single());
        String email = "asvs-" + System.nanoTime() + "@example.org";
        MemberId id = members.create(new MemberDetails(email, "ASVS tester", agency, Set.of(Role.AGENCY), true)).id();
        accounts.setPassword(id, PASSWORD);
        TestUsers.signOut(security);
        return email;
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElse(null);
    }

    // --- V3 session management -------------------------------------------------------------------

    /** V3.4.2, V3.4.3, V3.1.1, V3.2.2 */
    @Test
    void the_session_cookie_is_http_only_same_site_long_and_never_put_in_an_address() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get("/login");
        String cookie = setCookie(login, "JSESSIONID");
        assertThat(cookie).isNotNull().containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
        // Tomcat's ids are 16 bytes from a SecureRandom: 128 bits, written as 32 hexadecimal digits
        assertThat(browser.sessionId()).matches("[0-9A-F]{32,}");
        assertThat(new Browser().get("/login").headers().firstValue("Set-Cookie").orElse(""))
                .doesNotContain(browser.sessionId());
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> protectedPage = new Browser().get("/account");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        // a session id offered in the address is refused, and never written back into one
        for (String path : List.of("/account;jsessionid=", "/login;jsessionid=", "/;jsessionid=")) {
            HttpResponse<String> inAddress = new Browser().get(path + browser.sessionId());
            assertThat(inAddress.statusCode()).as(path).isIn(400, 302);
            assertThat(inAddress.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(inAddress.body()).as(path).doesNotContain(browser.sessionId());
        }
    }

    /** V3.2.1 (session fixation) */
    @Test
    void signing_in_gives_a_new_session_id_and_the_one_from_before_signs_nobody_in() throws Exception {
        String email = newMember();
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        HttpResponse<String> signedIn = browser.signIn(email, PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
        String after = browser.sessionId();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.signedIn()).isTrue();

        Browser attacker = new Browser();
        attacker.useSession(before);
        assertThat(attacker.signedIn()).as("the session id planted before sign-in").isFalse();
    }

    /** V3.3.1, V4.2.2 */
    @Test
    void signing_out_needs_the_csrf_token_and_then_ends_the_session_on_the_server() throws Exception {
        String email = newMember();
        Browser browser = new Browser();
        browser.signIn(email, PASSWORD);
        String session = browser.sessionId();
        assertThat(browser.signedIn()).isTrue();

        // a forged sign-out from another site has no token: refused, and the member stays signed in
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).isTrue();

        Map<String, String> token = browser.csrfOf("/account");
        assertThat(token).as("a signed-in page offers the CSRF token").isNotEmpty();
        HttpResponse<String> out = browser.postForm("/logout", token);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.signedIn()).isFalse();

        Browser replay = new Browser();
        replay.useSession(session);
        assertThat(replay.signedIn()).as("the old session cookie, replayed after sign-out").isFalse();
    }

    /** V3.3.2 */
    @Test
    void a_session_ends_after_at_most_thirty_idle_minutes_even_while_a_tab_stays_open() throws Exception {
        new Browser().get("/login");
        int minutes = vaadinServlet.getServlet().getServletContext().getSessionTimeout();
        assertThat(Duration.ofMinutes(minutes)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30));
        // without this, Vaadin's heartbeat from an open tab counts as activity and the session never idles
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }

    // --- V2 authentication -------------------------------------------------------------------------

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.fieldErrors().get("password");
        }
        return null;
    }

    /** V2.1.1, V2.1.2, V2.1.3, V2.1.4, V2.1.9, V2.4.4 */
    @Test
    void a_password_needs_twelve_characters_may_have_any_and_is_refused_at_its_field_beyond_what_bcrypt_reads() {
        assertThat(refusal(() -> accounts.hash("elevenchars"))).isEqualTo("validation.password.too-short");
        assertThat(refusal(() -> accounts.hash("a" + " ".repeat(11)))).as("padding with spaces")
                .isEqualTo("validation.password.too-short");
        assertThat(refusal(() -> accounts.hash(null))).isEqualTo("validation.password.too-short");
        // no composition rules: letters only, spaces, emoji and Norwegian letters are all fine
        for (String fine : List.of("twelve chars", "a".repeat(64), "x".repeat(72), "blåbærsyltetøy på brødskiva",
                "🚲 sykkel og 🚌 buss")) {
            assertThat(refusal(() -> accounts.hash(fine))).as(fine).isNull();
        }
        // longer than bcrypt's 72 bytes: a message at the field, never a cut-off password or an error page
        for (String tooLong : List.of("x".repeat(73), "æ".repeat(37), "y".repeat(129))) {
            assertThat(refusal(() -> accounts.hash(tooLong))).as(tooLong).isEqualTo("validation.password.too-long");
        }
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        MemberId admin = MemberId.of(jdbc.sql("select id from member where email = 'admin@demo.buyzet.eu'")
                .query(Long.class).single());
        assertThatThrownBy(() -> accounts.setPassword(admin, "ø".repeat(40))).isInstanceOf(ValidationException.class);
    }

    /** V2.4.1, V2.4.2, V2.4.4 */
    @Test
    void passwords_are_kept_only_as_salted_bcrypt_hashes_of_cost_ten_or_more() {
        String first = accounts.hash(PASSWORD);
        String second = accounts.hash(PASSWORD);
        assertThat(first).isNotEqualTo(second).doesNotContain(PASSWORD);
        Pattern bcrypt = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$[./0-9A-Za-z]{53}");
        for (String hash : List.of(first, second)) {
            Matcher m = bcrypt.matcher(hash);
            assertThat(m.matches()).as(hash).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isGreaterThanOrEqualTo(10);
        }
        // the 22 characters after the cost are the salt (128 bits), drawn anew for each hash
        assertThat(first.substring(0, 36)).isNotEqualTo(second.substring(0, 36));

        newMember();
        List<String> stored = jdbc.sql("select password_hash from local_account").query(String.class).list();
        assertThat(stored).isNotEmpty().allSatisfy(hash -> assertThat(bcrypt.matcher(hash).matches()).as(hash).isTrue());
    }

    // --- V12 files ----------------------------------------------------------------------------------

    private Submission publishedNeed(String title) {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());
        Submission draft = submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED, title, "", "",
                List.of("90511000-2")));
        return submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
    }

    /** V12.5.2, V1.12.2, V12.3.1, V12.3.4, V8.2.1 */
    @Test
    void an_attachment_is_always_a_download_of_its_checked_type_never_sniffed_and_a_confidential_one_never_cached()
            throws Exception {
        Submission need = publishedNeed("Behov med nedlasting");
        // a PDF that is also an HTML page with a script, named to break out of the header
        byte[] polyglot = "%PDF-1.7\n<html><script>alert(document.cookie)</script></html>\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Attachment open = attachments.add(need.id(), "plan\"; filename=evil.html", false,
                Files.write(temp.resolve("open.pdf"), polyglot));
        Attachment secret = attachments.add(need.id(), "konfidensiell.pdf", true,
                Files.write(temp.resolve("secret.pdf"), polyglot));
        TestUsers.signOut(security);

        HttpResponse<byte[]> file = new Browser().download("/attachments/" + open.id().value());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().allValues("X-Content-Type-Options")).contains("nosniff");
        // the name stays one quoted (and RFC 5987 encoded) value: it cannot add a parameter of its own
        ContentDisposition disposition = ContentDisposition.parse(file.headers().firstValue("Content-Disposition").orElseThrow());
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("plan\"; filename=evil.html");
        assertThat(file.body()).isEqualTo(polyglot);

        assertThat(new Browser().download("/attachments/" + secret.id().value()).statusCode())
                .as("a confidential file, for someone not signed in").isEqualTo(404);
        Browser agency = new Browser();
        agency.signIn(newMember(), PASSWORD);
        HttpResponse<byte[]> confidential = agency.download("/attachments/" + secret.id().value());
        assertThat(confidential.statusCode()).isEqualTo(200);
        assertThat(confidential.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(confidential.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
    }

    // --- V14 configuration, V7 errors, V4.3.2 -------------------------------------------------------

    /** Sends a request line Java's HTTP client would refuse to send, as a scanner would. */
    private String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))) {
                return in.lines().collect(Collectors.joining("\n"));
            }
        }
    }

    /** V14.3.3, V7.4.1, V14.3.2 */
    @Test
    void no_response_names_the_server_or_its_version_and_no_error_shows_a_stack_trace() throws Exception {
        for (String response : List.of(raw("GET /a{b}|c HTTP/1.1"), raw("GET /%zz HTTP/1.1"), raw("BREW /login HTTP/1.1"),
                raw("GET /login HTTP/1.1"), raw("GET /api/v1/forums?page=x HTTP/1.1"))) {
            String head = response.lines().findFirst().orElse("");
            assertThat(response).as(head).doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("\nServer:")
                    .doesNotContainIgnoringCase("X-Powered-By").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("at org.").doesNotContain("at eu.buyzet");
        }
        Browser admin = new Browser();
        admin.signIn(newAdmin(), PASSWORD);
        // operations endpoints beyond health are not exposed, not even to an administrator
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
                "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings")) {
            HttpResponse<String> response = admin.get(path);
            // for a signed-in member an unknown address reaches the router, whose page says "not found"
            assertThat(response.headers().firstValue("Content-Type").orElse("text/html")).as(path).startsWith("text/html");
            assertThat(response.body()).as(path).doesNotContain("propertySources", "\"beans\"", "\"contexts\"",
                    "\"threads\"", "\"levels\"", "heapdump");
        }
        assertThat(new Browser().get("/actuator/health").body()).contains("\"status\":")
                .doesNotContain("components", "details", "postgres", "version");
    }

    private String newAdmin() {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        OrganisationId org = OrganisationId.of(jdbc.sql("select organisation_id from member where email = 'admin@demo.buyzet.eu'")
                .query(Long.class).single());
        String email = "asvs-admin-" + System.nanoTime() + "@example.org";
        MemberId id = members.create(new MemberDetails(email, "ASVS admin", org, Set.of(Role.ADMIN), true)).id();
        accounts.setPassword(id, PASSWORD);
        TestUsers.signOut(security);
        return email;
    }

    /** V4.3.2, V12.5.1, V14.2.2 */
    @Test
    void no_folder_is_listed_and_no_configuration_source_or_repository_file_is_served() throws Exception {
        Browser admin = new Browser();
        admin.signIn(newAdmin(), PASSWORD);
        for (Browser who : List.of(new Browser(), admin)) {
            for (String path : List.of("/VAADIN/", "/VAADIN/static/", "/images/", "/META-INF/", "/.git/config",
                    "/application.properties", "/application-keycloak.properties", "/db/changelog.yaml",
                    "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/i18n/messages.properties", "/pom.xml",
                    "/eu/buyzet/portal/Application.class", "/.env", "/frontend/styles/styles.css~",
                    "/VAADIN/static/push/vaadinPush-min.js.bak")) {
                HttpResponse<String> response = who.get(path);
                assertThat(response.body()).as(path).doesNotContain("spring.", "Index of", "Manifest-Version",
                        "[core]", "databaseChangeLog", "<project", "CAFEBABE");
                if (response.statusCode() == 200) {
                    // a signed-in member reaches the router for an unknown address: its page, not a file
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
                    assertThat(response.body()).as(path).containsIgnoringCase("<html");
                }
            }
        }
    }

    /** V14.5.3, V14.5.2 */
    @Test
    void no_other_origin_is_granted_cross_origin_reads_nor_the_null_origin() throws Exception {
        Browser browser = new Browser();
        for (String origin : List.of("https://evil.example", "null", "http://localhost:" + port + ".evil.example")) {
            HttpResponse<String> read = browser.get("/api/v1/forums", "Origin", origin);
            assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
            assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).as(origin).isEmpty();
            HttpResponse<String> preflight = browser.send(browser.request("/api/v1/footprint/calculate",
                            "Origin", origin, "Access-Control-Request-Method", "POST",
                            "Access-Control-Request-Headers", "content-type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).as(origin).isEmpty();
        }
    }

    /** V13.1.5, V13.2.5, V14.4.1 */
    @Test
    void the_api_refuses_a_body_of_another_content_type_and_answers_only_json_with_its_charset_or_type()
            throws Exception {
        Browser client = new Browser();
        String body = "{\"flows\": [{\"vehicleCategory\": \"N1\", \"energyCarrier\": \"DIESEL\", \"vehicleKmPerYear\": 1000}]}";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
            HttpResponse<String> refused = client.send(client.request("/api/v1/footprint/calculate", "Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(refused.statusCode()).as(type).isEqualTo(415);
        }
        HttpResponse<String> noType = client.send(client.request("/api/v1/footprint/calculate")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(noType.statusCode()).as("no content type").isEqualTo(415);
        HttpResponse<String> xml = client.get("/api/v1/forums", "Accept", "application/xml");
        assertThat(xml.statusCode()).isEqualTo(406);

        HttpResponse<String> accepted = client.send(client.request("/api/v1/footprint/calculate",
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(client.get("/login").headers().firstValue("Content-Type").orElse(""))
                .matches("(?i)text/html;\\s*charset=utf-8");
    }

    /** V5.3.4, V5.3.3 (the API's text search takes quotes, wildcards and SQL as words) */
    @Test
    void sql_and_wildcards_in_a_search_are_words_to_look_for_never_sql() throws Exception {
        Browser client = new Browser();
        for (String q : List.of("' or 1=1 --", "%", "_", "\\", "'); drop table member; --", "\" <script>")) {
            for (String path : List.of("/api/v1/submissions?q=", "/api/v1/forums?q=")) {
                HttpResponse<String> response = client.get(path + URLEncoder.encode(q, StandardCharsets.UTF_8));
                assertThat(response.statusCode()).as(path + q).isEqualTo(200);
                assertThat(response.body()).as(path + q).startsWith("{").contains("\"items\"");
                if (path.contains("forums")) {
                    // the forum search is a LIKE pattern: a wildcard typed is a character looked for
                    assertThat(response.body()).as(path + q).contains("\"totalItems\":0");
                }
            }
        }
        assertThat(jdbc.sql("select count(*) from member").query(Integer.class).single()).isPositive();
    }
}
