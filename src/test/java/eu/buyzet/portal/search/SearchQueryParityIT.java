package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestOrganisations;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * One query string, three readers: the search page (as its URL), the open API's list and a
 * followed search. For good and bad strings alike they must read the same search, find the same
 * submissions, and agree on what is unusable (the page and a follow leave it out, the API names it
 * in a 400).
 */
@PortalIntegrationTest
class SearchQueryParityIT extends SpringBrowserlessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FIRST_PAGE = 20;

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext web;
    @Autowired SearchService search;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired NotificationService notifications;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private static String word() {
        StringBuilder w = new StringBuilder("likhet");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Submission publish(String email, ForumId forum, SubmissionKind kind, String title) {
        TestUsers.signIn(security, jdbc, email);
        Submission draft = submissions.create(new SubmissionDraft(forum, kind, title, "Sammendrag " + title,
                "Tekst om " + title, List.of("90511000-2")));
        Submission published = submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        TestUsers.signOut(security);
        return published;
    }

    /** What the page shows for the string, read as nobody signed in (as the API is). */
    private record PageView(int total, List<SubmissionId> first) {
    }

    @SuppressWarnings("unchecked")
    private PageView page(String queryString) {
        UI.getCurrent().navigate("search", QueryParameters.fromString(queryString));
        Grid<SubmissionHit> grid = find(Grid.class).withId("search-results").single();
        int total = test(grid).size();
        List<SubmissionId> first = new ArrayList<>();
        for (int i = 0; i < Math.min(total, FIRST_PAGE); i++) {
            first.add(test(grid).getRow(i).submission().id());
        }
        String shown = find(Paragraph.class).withId("search-total").single().getText();
        assertThat(shown).as("the total shown").contains(Integer.toString(total));
        UI.getCurrent().navigate("forums"); // the next visit builds the page anew, for whoever is signed in then
        return new PageView(total, first);
    }

    private MockHttpServletResponse api(String queryString) throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).build();
        String sep = queryString.isEmpty() ? "" : "&";
        return http.perform(get(URI.create("/api/v1/submissions?" + queryString + sep + "size=" + FIRST_PAGE)))
                .andReturn().getResponse();
    }

    private List<String> followed(String email) {
        return jdbc.sql("""
                        select s.target from subscription s join member m on m.id = s.member_id
                        where m.email = ? and s.kind = 'SEARCH' order by s.id""")
                .param(email).query(String.class).list();
    }

    private void forget(String email) {
        jdbc.sql("delete from subscription where kind = 'SEARCH' and member_id = (select id from member where email = ?)")
                .param(email).update();
    }

    /** The search the page follows when its "follow this search" is pressed, if it keeps one. */
    private List<String> followFromPage(String email, String queryString) {
        TestUsers.signIn(security, jdbc, email);
        UI.getCurrent().navigate("search", QueryParameters.fromString(queryString));
        test(find(Button.class).withId("follow-search").single()).click();
        UI.getCurrent().navigate("forums");
        List<String> kept = followed(email);
        forget(email);
        return kept;
    }

    /** The search a follow of the same string keeps, if it keeps one. */
    private List<String> followDirectly(String email, String queryString) {
        TestUsers.signIn(security, jdbc, email);
        try {
            notifications.follow(SubscriptionKind.SEARCH, queryString, null);
        } catch (ValidationException refused) {
            assertThat(refused.fieldErrors()).containsKey("words");
        }
        List<String> kept = followed(email);
        forget(email);
        TestUsers.signOut(security);
        return kept;
    }

    @Test
    void the_page_the_open_api_and_a_followed_search_read_every_query_string_alike() throws Exception {
        String token = word();
        ForumId waste = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission need = publish("agency@demo.buyzet.eu", waste, SubmissionKind.NEED, "Behov " + token);
        Submission solution = publish("supplier@demo.buyzet.eu", waste, SubmissionKind.SOLUTION, "Løsning " + token);
        List<Submission> fixture = List.of(need, solution);
        String follower = TestOrganisations.pendingSupplier(jdbc, "Følger av søk AS " + token);
        String q = "q=" + token;

        List<String> strings = List.of(
                q,
                "",
                q + "&minCo2e=-5",
                q + "&minCo2e=-0",
                q + "&minCo2e=NaN",
                q + "&minCo2e=Infinity",
                q + "&minCo2e=1e400",
                q + "&minCo2e=1e300",
                q + "&minCo2e=1000",
                q + "&minCo2e=1000&sort=footprint",
                q + "&sort=FOOTPRINT",
                q + "&sort=sideways",
                q + "&kind=OFFER",
                q + "&kind=need",
                q + "&kind=SOLUTION&kind=NEED",
                q + "&from=yesterday&to=2026-13-01",
                q + "&from=2000-01-01&to=9999-12-31",
                q + "&from=%2B10000-01-01",
                q + "&cpv=123",
                q + "&cpv=90511000-2&forum=" + waste,
                q + "&forum=987654321",
                q + "&forum=x",
                q + "&org=x",
                q + "&q=annet",
                "q=" + enc("  " + token.toUpperCase() + "   ønsker ÆØÅ 🚚 "),
                "q=" + enc(token + " OR ingenting") + "&kind=NEED",
                "q=" + enc(token + " ") + "%00%01",
                "q=" + enc(token + " " + "lang".repeat(600)),
                "minCo2e=-1",
                "kind=PROPOSAL&forum=" + waste);

        for (String string : strings) {
            SearchQuery.Parsed parsed = SearchQuery.parse(string);
            String label = string.length() > 80 ? string.substring(0, 80) + "…" : string;

            // the page shows exactly what the service finds for the parsed search
            TestUsers.signOut(security);
            PageView shown = page(string);
            assertThat(shown.total()).as(label + ": page total").isEqualTo(search.count(parsed.query()));
            assertThat(shown.first()).as(label + ": page hits").containsExactlyElementsOf(
                    search.list(parsed.query(), new PageRequest(0, FIRST_PAGE)).stream().map(h -> h.submission().id()).toList());

            // the open API: the same hits for a usable string, the first unusable parameter named otherwise
            MockHttpServletResponse response = api(string);
            if (parsed.valid()) {
                assertThat(response.getStatus()).as(label + ": API status").isEqualTo(200);
                JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
                List<SubmissionId> ids = new ArrayList<>();
                body.get("items").forEach(item -> ids.add(SubmissionId.of(item.get("id").asLong())));
                assertThat(ids).as(label + ": API hits").containsExactlyElementsOf(shown.first());
                assertThat(body.get("totalItems").asInt()).as(label + ": API total").isEqualTo(shown.total());
            } else {
                assertThat(response.getStatus()).as(label + ": API status").isEqualTo(400);
                JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(body.get("errors").get(0).get("parameter").asText()).as(label + ": API names")
                        .isEqualTo(parsed.problems().keySet().iterator().next());
            }

            // a followed search: the page's follow and a follow of the string keep the same search
            List<String> fromPage = followFromPage(follower, string);
            List<String> direct = followDirectly(follower, string);
            assertThat(fromPage).as(label + ": followed from the page and directly").isEqualTo(direct);
            String expected = parsed.query().forFollowing().toQueryString();
            if (expected.isEmpty() || expected.length() > 200) {
                assertThat(direct).as(label + ": nothing to follow, or too long to keep").isEmpty();
                continue;
            }
            assertThat(direct).as(label + ": the follow keeps the page's search").containsExactly(expected);
            // ... and it tells of exactly the posts the page finds
            SearchQuery kept = SearchQuery.parse(direct.getFirst()).query();
            if (shown.total() <= FIRST_PAGE) {
                TestUsers.signIn(security, jdbc, follower);
                for (Submission s : fixture) {
                    assertThat(search.matches(kept, s.id())).as(label + ": follow hears of " + s.title())
                            .isEqualTo(shown.first().contains(s.id()));
                }
                TestUsers.signOut(security);
            }
        }
    }

    @Test
    void a_negative_threshold_is_left_out_by_the_page_and_a_follow_and_refused_by_the_api() throws Exception {
        String token = word();
        ForumId waste = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission need = publish("agency@demo.buyzet.eu", waste, SubmissionKind.NEED, "Terskel " + token);

        assertThat(page("q=" + token + "&minCo2e=-5").first()).containsExactly(need.id());
        assertThat(api("q=" + token + "&minCo2e=-5").getStatus()).isEqualTo(400);
        String follower = TestOrganisations.pendingSupplier(jdbc, "Terskelfølger AS " + token);
        assertThat(followDirectly(follower, "q=" + token + "&minCo2e=-5")).containsExactly("q=" + token);
        assertThatThrownBy(() -> new SearchQuery(null, null, null, null, null, null, token, -5.0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
