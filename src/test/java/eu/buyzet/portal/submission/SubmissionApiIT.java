package eu.buyzet.portal.submission;

import eu.buyzet.portal.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The open submission API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class SubmissionApiIT {

    @Autowired SecurityContextHolderStrategy security;

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired SubmissionService submissions;
    @Autowired eu.buyzet.portal.footprint.DeclarationService declarations;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new ApiClient(port).get(path);
    }

    private long forum(String titleNb) {
        return jdbc.sql("select id from forum where title_nb like ?").param(titleNb + "%").query(Long.class).single();
    }

    @Test
    void lists_published_submissions_of_public_forums_with_filters_and_search() throws Exception {
        JsonNode all = JSON.readTree(get("/api/v1/submissions").body());
        assertThat(all.get("totalItems").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode first = all.get("items").get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "forumId", "kind", "title", "summary", "bodyMarkdown",
                "bodyHtml", "cpvCodes", "organisation", "author", "publishedAt", "updatedAt", "answersNeed");

        JsonNode needs = JSON.readTree(get("/api/v1/submissions?kind=NEED&forum=" + forum("Avfallshenting")).body());
        assertThat(needs.get("items").findValuesAsText("kind")).containsOnly("NEED");

        JsonNode search = JSON.readTree(get("/api/v1/submissions?q=" + URLEncoder.encode("avfallshenting", StandardCharsets.UTF_8)).body());
        assertThat(search.get("items").findValuesAsText("title")).contains("Avfallshenting fra 180 kommunale bygg");
        assertThat(search.get("items").get(0).get("snippetHtml").asText()).contains("<mark>");

        JsonNode byCpv = JSON.readTree(get("/api/v1/submissions?cpv=50000000-5").body());
        assertThat(byCpv.get("items").findValuesAsText("title")).contains("Håndverkertjenester uten dieselvarebil");
    }

    @Test
    void scripts_in_what_members_write_never_become_html_in_the_api() throws Exception {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission s = submissions.create(new SubmissionDraft(ForumId.of(forum("Avfallshenting")), SubmissionKind.NEED,
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1)) <iframe src=//evil></iframe>", List.of()));
        submissions.publish(TestFootprints.declared(declarations, s).id(), s.version());
        JsonNode json = JSON.readTree(get("/api/v1/submissions/" + s.id()).body());
        assertThat(json.get("title").asText()).isEqualTo("<script>alert(1)</script>");
        assertThat(json.get("bodyHtml").asText()).doesNotContain("<iframe", "javascript:", "<script");
    }

    @Test
    void a_published_need_carries_its_footprint_as_the_calculator_gives_it() throws Exception {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission s = submissions.create(new SubmissionDraft(ForumId.of(forum("Avfallshenting")), SubmissionKind.NEED,
                "Behov med fotavtrykk i API-et", "", "", List.of()));
        submissions.publish(TestFootprints.declared(declarations, s).id(), s.version());
        JsonNode footprint = JSON.readTree(get("/api/v1/submissions/" + s.id()).body()).get("footprint");
        assertThat(footprint.get("factorSet").get("id").asText()).isEqualTo("no-2026-5");
        // worked example 1's rounds on the default set's energy figure (schema 053, worked example 12)
        assertThat(footprint.get("total").get("co2eWtwKg").asDouble()).isEqualTo(3776.037);
        assertThat(footprint.get("total").get("energy").get("unit").asText()).isEqualTo("l");
        assertThat(footprint.get("computedAt").asText()).isNotBlank();
    }

    @Test
    void drafts_hidden_content_and_members_only_forums_are_not_in_the_api() throws Exception {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        Submission draft = submissions.create(new SubmissionDraft(ForumId.of(forum("Avfallshenting")), SubmissionKind.NEED,
                "Hemmelig utkast", "", "", List.of()));
        Submission membersOnly = submissions.create(new SubmissionDraft(ForumId.of(forum("Byggelogistikk")),
                SubmissionKind.NEED, "Bare for medlemmer", "", "", List.of()));
        submissions.publish(TestFootprints.declared(declarations, membersOnly).id(), membersOnly.version());
        assertThat(get("/api/v1/submissions/" + draft.id()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/submissions/" + membersOnly.id()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/submissions?q=medlemmer").body()).doesNotContain("Bare for medlemmer");
    }

    @Test
    void a_cursor_walks_the_list_newest_first_as_pages_do_and_a_post_published_meanwhile_shifts_nothing()
            throws Exception {
        List<String> byPage = new java.util.ArrayList<>();
        for (JsonNode item : JSON.readTree(get("/api/v1/submissions?size=100").body()).get("items")) {
            byPage.add(item.get("id").asText());
        }
        List<String> byCursor = new java.util.ArrayList<>();
        JsonNode page = JSON.readTree(get("/api/v1/submissions?size=2").body());
        String firstCursor = page.get("next").asText();
        while (true) {
            page.get("items").forEach(item -> byCursor.add(item.get("id").asText()));
            if (!page.has("next") || byCursor.size() >= byPage.size()) {
                break;
            }
            if (byCursor.size() == 2) {
                // a post published between two pages comes first in the list, not on the next page
                TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
                Submission meanwhile = submissions.create(new SubmissionDraft(ForumId.of(forum("Avfallshenting")),
                        SubmissionKind.NEED, "Publisert mellom to sider", "", "", List.of()));
                submissions.publish(TestFootprints.declared(declarations, meanwhile).id(), meanwhile.version());
                TestUsers.signOut(security);
            }
            page = JSON.readTree(get("/api/v1/submissions?size=2&after=" + page.get("next").asText()).body());
        }
        // the first hundred, as the page-numbered list had them before the post
        assertThat(byCursor.subList(0, Math.min(byCursor.size(), byPage.size()))).isEqualTo(byPage);
        assertThat(JSON.readTree(get("/api/v1/submissions?size=1&after=" + firstCursor).body()).get("items").get(0)
                .get("id").asText()).isEqualTo(byPage.get(2));
    }

    @Test
    void bad_parameters_are_named_in_a_problem_document() throws Exception {
        for (String[] c : new String[][] {{"kind=OFFER", "kind"}, {"cpv=123", "cpv"}, {"forum=x", "forum"}, {"size=0", "size"},
                {"after=bm90LWEtY3Vyc29y", "after"}, {"after=MTA6MQ&q=avfall", "after"}, {"after=MTA6MQ&page=2", "after"},
                {"after=MTA6MQ&sort=footprint", "after"},
                // times no row has and the database cannot compare with: crafted, not a 500
                {"after=LTkyMjMzNzIwMzY4NTQ3NzU4MDg6MQ", "after"}, {"after=OTIyMzM3MjAzNjg1NDc3NTgwNzox", "after"}}) {
            HttpResponse<String> response = get("/api/v1/submissions?" + c[0]);
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("errors").get(0).get("parameter").asText()).isEqualTo(c[1]);
        }
    }
}
