package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.buyzet.portal.DisclosureChannels;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestOrganisations;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.AttachmentService;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDisclosure;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every channel through which search gives out submissions, read as every kind of reader; each
 * must disclose exactly what {@link SubmissionDisclosure} allows for lists: published, not hidden
 * submissions, with snippets cut from their own texts. The open API goes through its HTTP handler.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDisclosureParityIT {

    enum Reader { ANONYMOUS, OTHER_SUPPLIER, OWNER, AGENCY, MODERATOR, ADMIN, PENDING }

    private static final PageRequest ALL = new PageRequest(0, 500);
    private static final String OWNER = "supplier@demo.buyzet.eu";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words only one post, comment or file carries: none may surface where its owner's text may not. */
    private static final List<String> UNLISTED_WORDS = List.of("utkastord", "skjultord", "trukketord", "ventord",
            "hemmelig", "kommentarord");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired SearchService search;
    @Autowired SubmissionService submissions;
    @Autowired CommentService comments;
    @Autowired AttachmentService attachments;
    @Autowired DeclarationService declarations;
    @Autowired WebApplicationContext web;

    private MockMvc http;
    private String token;
    private String pending;
    private String pendingOrganisation;
    private Submission published;

    private static String word() {
        StringBuilder w = new StringBuilder("paritet");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private void as(Reader reader) {
        switch (reader) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case OTHER_SUPPLIER -> as("supplier2@demo.buyzet.eu");
            case OWNER -> as(OWNER);
            case AGENCY -> as("agency@demo.buyzet.eu");
            case MODERATOR -> as("moderator@demo.buyzet.eu");
            case ADMIN -> as("admin@demo.buyzet.eu");
            case PENDING -> as(pending);
        }
    }

    private Submission post(String email, String title, String body) {
        as(email);
        ForumId forum = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission draft = submissions.create(new SubmissionDraft(forum, SubmissionKind.SOLUTION, title,
                "Sammendrag " + title, body, List.of("90511000-2")));
        return TestFootprints.declared(declarations, draft);
    }

    private Submission published(String email, String title, String body) {
        Submission draft = post(email, title, body);
        return submissions.publish(draft.id(), draft.version());
    }

    @BeforeAll
    void build() throws Exception {
        http = MockMvcBuilders.webAppContextSetup(web).build();
        token = word();
        pendingOrganisation = "Kasteball Søker AS " + token;
        pending = TestOrganisations.pendingSupplier(jdbc, pendingOrganisation);

        published = published(OWNER, "Publisert " + token, "Synlig tekst om " + token + " og elbiler.");
        post(OWNER, "Utkast " + token, "utkastord " + token);
        Submission toHide = published(OWNER, "Skjult " + token, "skjultord " + token);
        Submission toWithdraw = published(OWNER, "Trukket " + token, "trukketord " + token);
        submissions.withdraw(toWithdraw.id(), toWithdraw.version());
        Submission awaiting = post(pending, "Venter " + token, "ventord " + token);
        assertThat(submissions.publish(awaiting.id(), awaiting.version()).status())
                .isEqualTo(SubmissionStatus.AWAITING_REVIEW);

        as(OWNER);
        Path pdf = Files.createTempFile("parity", ".pdf");
        Files.write(pdf, "%PDF-1.7\n% hemmelig\n".getBytes(StandardCharsets.ISO_8859_1));
        try {
            attachments.add(published.id(), "hemmelig-" + token + ".pdf", true, pdf);
        } finally {
            Files.delete(pdf);
        }
        as("supplier2@demo.buyzet.eu");
        comments.add(published.id(), null, "kommentarord " + token);

        as("moderator@demo.buyzet.eu");
        submissions.hide(toHide.id(), toHide.version(), "Skjult i paritetstesten");
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** One row per channel: what it shows each reader. */
    private Map<String, Consumer<Reader>> rows() {
        Map<String, Consumer<Reader>> rows = new LinkedHashMap<>();
        rows.put("search.results", this::results);
        rows.put("search.organisations", this::organisations);
        rows.put("search.api-list", this::apiList);
        rows.put("search.named", this::named);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_channel_discloses_to_each_reader_exactly_what_the_policy_allows() {
        List<DynamicTest> tests = new ArrayList<>();
        rows().forEach((channel, row) -> {
            for (Reader reader : Reader.values()) {
                tests.add(DynamicTest.dynamicTest(channel + " as " + reader, () -> {
                    as(reader);
                    row.accept(reader);
                }));
            }
        });
        return tests.stream();
    }

    @Test
    void every_declared_search_channel_has_a_row() {
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(DisclosureChannels.of("search"));
    }

    /** Whoever reads, only the published post is found, its snippet from its own texts; the owner and moderators too. */
    private void results(Reader r) {
        SearchQuery query = SearchQuery.ANY.withText(token);
        List<SubmissionHit> hits = search.list(query, ALL);
        assertThat(hits).extracting(h -> h.submission().id()).containsExactly(published.id());
        assertThat(search.count(query)).isEqualTo(1);
        for (SubmissionHit hit : hits) {
            assertThat(hit.snippetHtml()).contains("<mark>");
            assertThat(hit.snippetText().toLowerCase()).doesNotContain(UNLISTED_WORDS.toArray(String[]::new))
                    .doesNotContain("kommentar");
        }
        for (String word : UNLISTED_WORDS) {
            assertThat(search.list(SearchQuery.ANY.withText(word + " " + token), ALL)).as(word).isEmpty();
        }
    }

    /**
     * An organisation whose only post awaits review is not named: not in the filter's pages, not when
     * its words are typed, and not when a shared link names it by id.
     */
    private void organisations(Reader r) {
        List<String> names = search.publishingOrganisations("", 0, 100).stream().map(PublishingOrganisation::name)
                .toList();
        assertThat(names).contains("Grønn Håndverk AS").doesNotContain(pendingOrganisation);
        assertThat(search.publishingOrganisations("håndverk grønn", 0, 10)).extracting(PublishingOrganisation::name)
                .containsExactly("Grønn Håndverk AS");
        assertThat(search.publishingOrganisations("Kasteball " + token, 0, 10)).isEmpty();
        OrganisationId pendingId = OrganisationId.of(jdbc.sql("select id from organisation where name = ?")
                .param(pendingOrganisation).query(Long.class).single());
        assertThat(search.publishingOrganisation(pendingId)).isEmpty();
        OrganisationId publishing = search.publishingOrganisations("Grønn Håndverk", 0, 1).getFirst().id();
        assertThat(search.publishingOrganisation(publishing)).map(PublishingOrganisation::name)
                .contains("Grønn Håndverk AS");
    }

    private JsonNode api(String words) {
        try {
            MvcResult result = http.perform(get("/api/v1/submissions").param("q", words).param("size", "100")).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(words, e);
        }
    }

    /** The open API is the same for everyone: whoever is signed in, it publishes only listed content of public forums. */
    private void apiList(Reader r) {
        JsonNode page = api(token);
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).containsExactly(published.id().value());
        String snippet = page.get("items").get(0).get("snippet").asText().toLowerCase();
        assertThat(snippet).doesNotContain(UNLISTED_WORDS.toArray(String[]::new)).doesNotContain("kommentar");
        assertThat(page.get("items").get(0).get("author").asText()).isEqualTo(published.authorName());
        assertThat(page.get("items").get(0).get("footprint").isNull()).as("no footprint in lists").isTrue();
        for (String word : UNLISTED_WORDS) {
            assertThat(api(word + " " + token).get("totalItems").asInt()).as(word).isZero();
        }
    }

    /**
     * Forums by name: a public one for everyone, in the reader's language; the members-only one for
     * signed-in members only (pending ones included, as the forum list shows it), in either
     * language's words. No submission's words name anything.
     */
    private void named(Reader r) {
        assertThat(search.findNamed(SearchQuery.ANY.withText("waste COLLECTION"), java.util.Locale.ENGLISH))
                .extracting(h -> Marks.text(h.title())).contains("Zero-emission waste collection");
        assertThat(search.findNamed(SearchQuery.ANY.withText("avfall"), java.util.Locale.forLanguageTag("nb")))
                .extracting(h -> Marks.text(h.title())).contains("Avfallshenting uten utslipp");
        List<String> members = search.findNamed(SearchQuery.ANY.withText("byggherrer"), java.util.Locale.ENGLISH)
                .stream().map(h -> Marks.text(h.title())).toList();
        if (r == Reader.ANONYMOUS) {
            assertThat(members).doesNotContain("Construction logistics");
        } else {
            assertThat(members).contains("Construction logistics");
        }
        assertThat(search.findNamed(SearchQuery.ANY.withText(token), java.util.Locale.ENGLISH)).isEmpty();
    }
}
