package eu.buyzet.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.Markdown;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A body's HTML is kept once rendered and served only while it is the current body's, by the current rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class SubmissionBodiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired SubmissionService submissions;
    @Autowired SubmissionBodies bodies;
    @Autowired eu.buyzet.portal.footprint.DeclarationService declarations;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private String bodyHtml(Submission s) throws Exception {
        return JSON.readTree(new ApiClient(port).get("/api/v1/submissions/" + s.id()).body()).get("bodyHtml").asText();
    }

    private String listedBodyHtml(Submission s) throws Exception {
        JsonNode items = JSON.readTree(new ApiClient(port).get("/api/v1/submissions?forum=" + s.forumId().value()
                + "&kind=NEED&size=100").body()).get("items");
        for (JsonNode item : items) {
            if (item.get("id").asLong() == s.id().value()) {
                return item.get("bodyHtml").asText();
            }
        }
        throw new AssertionError("not listed: " + s.id());
    }

    private void setKept(Submission s, String column, Object value) {
        jdbc.sql("update submission_body_html set " + column + " = ? where submission_id = ?")
                .params(value, s.id().value()).update();
    }

    @Test
    void a_body_is_kept_once_rendered_then_read_back_in_the_page_and_on_its_own() throws Exception {
        Submission s = published("Rendered **once**, read many times.");
        assertThat(bodyHtml(s)).isEqualTo("<p>Rendered <strong>once</strong>, read many times.</p>");
        bodies.keepWaiting();
        assertThat(jdbc.sql("select html from submission_body_html where submission_id = ? and renderer = ?")
                .params(s.id().value(), Markdown.RENDERING).query(String.class).single())
                .isEqualTo("<p>Rendered <strong>once</strong>, read many times.</p>");

        // what is served is what is kept, in the list and on its own (the same HTML, marked so that it shows)
        setKept(s, "html", "<p>kept</p>");
        assertThat(bodyHtml(s)).isEqualTo("<p>kept</p>");
        assertThat(listedBodyHtml(s)).isEqualTo("<p>kept</p>");
    }

    @Test
    void an_edited_body_is_never_answered_with_the_html_of_the_old_one() throws Exception {
        Submission s = published("The **old** text.");
        bodyHtml(s);
        bodies.keepWaiting();
        Submission edited = submissions.update(s.id(), s.version(), new SubmissionDraft(s.forumId(), s.kind(),
                s.title(), s.summary(), "The **new** text.", List.of()));
        assertThat(jdbc.sql("select count(*) from submission_body_html where submission_id = ?").param(s.id().value())
                .query(Integer.class).single()).as("the edit removes what was kept of the old text").isZero();
        assertThat(bodyHtml(edited)).isEqualTo("<p>The <strong>new</strong> text.</p>");
        assertThat(listedBodyHtml(edited)).isEqualTo("<p>The <strong>new</strong> text.</p>");

        // a row rendered from another text (a write that lost a race with the edit) is not served
        bodies.keepWaiting();
        setKept(edited, "html", "<p>The <strong>old</strong> text.</p>");
        setKept(edited, "source_md5", SubmissionBodies.md5("The **old** text."));
        assertThat(bodyHtml(edited)).isEqualTo("<p>The <strong>new</strong> text.</p>");
        assertThat(listedBodyHtml(edited)).isEqualTo("<p>The <strong>new</strong> text.</p>");
    }

    @Test
    void html_kept_by_other_rules_is_rendered_again_by_the_current_ones() throws Exception {
        Submission s = published("A [link](https://example.org).");
        bodyHtml(s);
        bodies.keepWaiting();
        setKept(s, "html", "<p>by old rules</p>");
        setKept(s, "renderer", Markdown.RENDERING - 1);
        assertThat(bodyHtml(s)).contains("rel=\"nofollow noopener\"").doesNotContain("old rules");
        bodies.keepWaiting();
        assertThat(jdbc.sql("select renderer from submission_body_html where submission_id = ?").param(s.id().value())
                .query(Integer.class).single()).isEqualTo(Markdown.RENDERING);
    }

    @Test
    void the_md5_is_postgresqls_of_the_same_text() {
        String text = "Blåbærsyltetøy og «sitater» — 🚲";
        assertThat(jdbc.sql("select md5(?)::uuid").param(text).query(java.util.UUID.class).single())
                .isEqualTo(SubmissionBodies.md5(text));
    }

    private Submission published(String body) {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        long forum = jdbc.sql("select id from forum where title_nb like 'Avfallshenting%'").query(Long.class).single();
        Submission s = submissions.create(new SubmissionDraft(ForumId.of(forum), SubmissionKind.NEED,
                "Kept bodies " + System.nanoTime(), "A summary", body, List.of()));
        return submissions.publish(TestFootprints.declared(declarations, s).id(), s.version());
    }
}
