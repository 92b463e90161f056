package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class SearchServiceIT {

    private static final PageRequest PAGE = new PageRequest(0, 50);
    private static final Flow DIESEL_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5);
    private static final Flow BATTERY_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 12.5);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired SearchService search;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** A demo forum by the start of its Norwegian title. */
    private ForumId forum(String titleNb) {
        return ForumId.of(jdbc.sql("select id from forum where title_nb like ? order by id limit 1")
                .param(titleNb + "%").query(Long.class).single());
    }

    private Submission draft(String forumTitleNb, String title, String body) {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        return submissions.create(new SubmissionDraft(forum(forumTitleNb), SubmissionKind.NEED, title,
                "Sammendrag av " + title, body, List.of("90511000-2")));
    }

    private Submission publishedNeed(String title, String body) {
        Submission draft = draft("Avfallshenting", title, body);
        Submission published = submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        TestUsers.signOut(security);
        return published;
    }

    private static SearchQuery words(String text) {
        return SearchQuery.ANY.withText(text);
    }

    @Test
    void a_text_search_narrowed_by_a_filter_pages_and_counts_its_200_newest_matches_and_an_open_one_its_1000() {
        ForumId waste = forum("Avfallshenting");
        jdbc.sql("""
                insert into submission (forum_id, kind, title, summary, body_markdown, status, author_id, organisation_id,
                                        published_at)
                select ?, 'NEED', 'Vindusteller ' || g, '', 'vindustelleren', 'PUBLISHED', s.author_id, s.organisation_id,
                       now() - g * interval '1 minute'
                from generate_series(1, 210) g
                cross join (select author_id, organisation_id from submission where status = 'PUBLISHED' limit 1) s""")
                .param(waste.value()).update();
        try {
            SearchQuery open = words("vindustelleren");
            SearchQuery narrowed = open.withForum(waste);
            assertThat(SearchService.countCap(open)).isEqualTo(1000);
            assertThat(search.count(open)).isEqualTo(210);
            // the filter keeps them all, but a narrowed search ranks only its 200 newest matches (decision 047),
            // and says "more than" from there
            assertThat(SearchService.countCap(narrowed)).isEqualTo(200);
            assertThat(search.count(narrowed)).isEqualTo(200);
            assertThat(search.list(narrowed, new PageRequest(180, 50))).hasSize(20)
                    .allSatisfy(h -> assertThat(h.submission().title()).startsWith("Vindusteller "));
            assertThat(search.list(narrowed, new PageRequest(200, 50))).isEmpty();
            assertThat(search.list(open, new PageRequest(200, 50))).hasSize(10);
        } finally {
            jdbc.sql("delete from submission where title like 'Vindusteller %'").update();
        }
    }

    @Test
    void a_snippet_is_the_text_a_reader_sees_with_no_markdown_marks_or_link_targets() {
        Submission need = publishedNeed("Henting fra bydelshus",
                "## Omfang\n\nVi henter fra **180 bydelshusene** og _skolene_, se [kartet](https://kart.example/hemmelig-sti).");
        SubmissionHit hit = search.list(words("bydelshusene"), PAGE).stream()
                .filter(h -> h.submission().id().equals(need.id())).findFirst().orElseThrow();
        assertThat(hit.snippetText()).contains("180 bydelshusene").doesNotContain("**", "##", "_skolene_", "](");
        assertThat(hit.snippetHtml()).contains("<mark>bydelshusene</mark>");
    }

    @Test
    void search_finds_norwegian_and_english_word_forms_ranked_with_a_marked_snippet() {
        Submission no = publishedNeed("Henting av avfall fra skoler",
                "Vi trenger avfallshentingen ved 40 skoler gjort med elektriske lastebiler.");
        Submission en = publishedNeed("Collection of organic waste", "Weekly collections from nursing homes.");

        List<SubmissionHit> norwegian = search.list(words("avfallshenting"), PAGE);
        assertThat(norwegian).extracting(h -> h.submission().id()).contains(no.id());
        SubmissionHit hit = norwegian.stream().filter(h -> h.submission().id().equals(no.id())).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains(SubmissionHit.MARK_START + "avfallshentingen" + SubmissionHit.MARK_END);

        assertThat(search.list(words("collection").withKind(SubmissionKind.NEED), PAGE))
                .extracting(h -> h.submission().id()).contains(en.id()).doesNotContain(no.id());
        assertThat(search.count(words("collection").withKind(SubmissionKind.SOLUTION))).isZero();
    }

    @Test
    void members_only_content_is_not_found_by_outsiders() {
        Submission s = draft("Byggelogistikk", "Massetransport", "");
        submissions.publish(TestFootprints.declared(declarations, s).id(), s.version());
        assertThat(search.list(words("Massetransport"), PAGE)).extracting(h -> h.submission().id()).contains(s.id());
        TestUsers.signOut(security);
        assertThat(search.list(words("Massetransport"), PAGE)).isEmpty();
        assertThat(search.listPublic(words("Massetransport"), PAGE)).isEmpty();
    }

    @Test
    void every_hit_with_a_footprint_carries_its_stored_tailpipe_figure_in_both_orders() {
        Submission diesel = draft("Avfallshenting", "Eksoslinje diesel", "");
        declarations.declare(diesel.id(), -1, List.of(DIESEL_VAN), List.of());
        submissions.publish(diesel.id(), diesel.version());
        double stored = declarations.results(diesel.id()).getFirst().result().total().co2eTtwKg();
        assertThat(stored).isPositive();
        var newestFirst = words("Eksoslinje");
        var byFootprint = new SearchQuery(null, null, null, null, null, null, "Eksoslinje", null,
                SearchQuery.Sort.FOOTPRINT);
        for (SearchQuery query : List.of(newestFirst, byFootprint)) {
            assertThat(search.list(query, new PageRequest(0, 10))).singleElement().satisfies(h -> {
                assertThat(h.co2eTailpipeKg()).isCloseTo(stored, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(h.co2eTailpipeKg()).isLessThan(h.co2eWtwKg());
            });
        }
    }

    @Test
    void submission_lists_sort_and_filter_by_the_declared_footprint() {
        Submission small = draft("Avfallshenting", "Fotavtrykksortering liten", "");
        declarations.declare(small.id(), -1, List.of(BATTERY_VAN), List.of());
        submissions.publish(small.id(), small.version());
        Submission large = draft("Avfallshenting", "Fotavtrykksortering stor", "");
        declarations.declare(large.id(), -1, List.of(DIESEL_VAN), List.of());
        submissions.publish(large.id(), large.version());
        TestUsers.signOut(security);

        var byFootprint = new SearchQuery(null, null, null, null, null, null, "Fotavtrykksortering", null,
                SearchQuery.Sort.FOOTPRINT);
        assertThat(search.list(byFootprint, new PageRequest(0, 10))).extracting(h -> h.submission().title())
                .containsExactly("Fotavtrykksortering stor", "Fotavtrykksortering liten");
        assertThat(search.list(byFootprint, new PageRequest(0, 10)).getFirst().co2eWtwKg())
                .isCloseTo(3776.037, org.assertj.core.data.Offset.offset(0.001));
        var atLeast = new SearchQuery(null, null, null, null, null, null, "Fotavtrykksortering", 1000.0, null);
        assertThat(search.list(atLeast, new PageRequest(0, 10))).extracting(h -> h.submission().title())
                .containsExactly("Fotavtrykksortering stor");
        assertThat(search.count(atLeast)).isEqualTo(1);
        var newestFirst = words("Fotavtrykksortering");
        assertThat(search.list(newestFirst, new PageRequest(0, 10))).extracting(h -> h.co2eWtwKg())
                .doesNotContainNull().hasSize(2);
        // the open API shows no footprint in its lists, so it does not read them
        assertThat(search.listPublic(newestFirst, new PageRequest(0, 10))).extracting(h -> h.co2eWtwKg())
                .containsOnlyNulls().hasSize(2);
    }
}
