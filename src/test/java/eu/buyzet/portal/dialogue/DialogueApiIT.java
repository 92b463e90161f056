package eu.buyzet.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Market dialogues in the open API over real HTTP: published questions and answers, no asker anywhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class DialogueApiIT {

    @LocalServerPort int port;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired DialoguePhaseService phases;
    @Autowired DialogueQuestionService questions;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void dialogues_of_public_forums_and_their_published_answers_are_open_and_never_name_the_asker() throws Exception {
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Dialogue d = phases.create(new DialogueDetails(forum, null, "Dialog i API-et", "Formål",
                List.of("Spørsmål en"), Instant.now().plus(Duration.ofDays(7))));
        phases.advance(d);
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        phases.register(d);
        DialogueQuestion answered = questions.ask(d, "Grønn Håndverk spør om lading");
        questions.ask(d, "Et ubesvart spørsmål");
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        questions.answer(answered, "Hvem betaler lading?", "Kommunen.");
        TestUsers.signOut(security);

        ApiClient api = new ApiClient(port);
        JsonNode list = json.readTree(api.get("/api/v1/dialogues").body());
        assertThat(list.get("items").findValuesAsString("title")).contains("Dialog i API-et");
        JsonNode one = json.readTree(api.get("/api/v1/dialogues/" + d.id()).body());
        assertThat(one.get("phase").asString()).isEqualTo("OPEN");
        assertThat(one.get("questions")).hasSize(1);
        String questions = api.get("/api/v1/dialogues/" + d.id() + "/questions").body();
        JsonNode published = json.readTree(questions);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).get("question").asString()).isEqualTo("Hvem betaler lading?");
        assertThat(published.get(0).get("answer").asString()).isEqualTo("Kommunen.");
        assertThat(questions).doesNotContain("Grønn Håndverk").doesNotContain("ubesvart");
        assertThat(api.get("/api/v1/dialogues/987654/questions").statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.get("/v3/api-docs").body()).at("/paths").propertyNames())
                .contains("/api/v1/dialogues", "/api/v1/dialogues/{id}", "/api/v1/dialogues/{id}/questions");
    }
}
