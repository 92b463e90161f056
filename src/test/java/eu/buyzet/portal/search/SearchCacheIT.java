package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.search.internal.SearchCache;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Search keeps recent pages in memory (decision 044): the same page is read from the database once
 * however many ask for it at the same time, and a kept page is never served after something it was
 * read from changed, whichever node or statement changed it.
 */
@PortalIntegrationTest
class SearchCacheIT {

    private static final PageRequest PAGE = new PageRequest(0, 20);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired SearchService search;
    @Autowired SearchCache cache;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired MeterRegistry meters;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private Submission publishedNeed(String title, String body) {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_nb like 'Avfallshenting%' order by id limit 1")
                .query(Long.class).single());
        Submission draft = submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED, title,
                "Sammendrag av " + title, body, List.of("90511000-2")));
        Submission published = submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        TestUsers.signOut(security);
        return published;
    }

    private double reads(String outcome) {
        return meters.get("buyzet.search.reads").tag("outcome", outcome).counter().count();
    }

    @Test
    void a_post_published_after_a_page_was_kept_is_found_by_the_next_search_at_once() {
        SearchQuery query = SearchQuery.ANY.withText("kvitveisfinke");
        assertThat(search.list(query, PAGE)).isEmpty();
        assertThat(search.count(query)).isZero();
        double before = reads("cached");
        assertThat(search.list(query, PAGE)).isEmpty();
        assertThat(reads("cached")).isEqualTo(before + 1);

        Submission need = publishedNeed("Henting med kvitveisfinke-sykler", "Lette sykler henter fra barnehagene.");

        assertThat(search.list(query, PAGE)).extracting(h -> h.submission().id()).containsExactly(need.id());
        assertThat(search.count(query)).isEqualTo(1);
        assertThat(search.listPublic(query, PAGE)).extracting(h -> h.submission().id()).containsExactly(need.id());
    }

    @Test
    void a_post_hidden_after_a_page_was_kept_is_gone_from_the_next_search_at_once_even_when_hidden_by_another_node() {
        Submission need = publishedNeed("Henting med blåstrupesykler", "Sykler henter fra sykehjemmene.");
        SearchQuery query = SearchQuery.ANY.withText("blåstrupesykler");
        assertThat(search.listPublic(query, PAGE)).extracting(h -> h.submission().id()).containsExactly(need.id());
        assertThat(search.listPublic(query, PAGE)).hasSize(1); // kept

        // a plain statement, as another node or a moderator's tool would write it
        jdbc.sql("update submission set hidden = true, hidden_reason = 'test' where id = ?").param(need.id().value()).update();

        assertThat(search.listPublic(query, PAGE)).isEmpty();
        assertThat(search.countPublic(query)).isZero();
    }

    @Test
    void a_text_search_counts_its_hits_with_its_page_so_the_count_that_follows_is_not_read_again() {
        publishedNeed("Henting med gransangersykler", "Sykler henter fra skolene.");
        publishedNeed("Gransangersykler til bibliotekene", "Sykler henter fra bibliotekene.");
        SearchQuery query = SearchQuery.ANY.withText("gransangersykler");
        double before = reads("database");
        assertThat(search.listPublic(query, PAGE)).hasSize(2);
        assertThat(search.countPublic(query)).isEqualTo(2);
        assertThat(reads("database")).as("the page read once, its count with it").isEqualTo(before + 1);

        // a page past the end has no rows to carry the count: the count is read on its own
        SearchQuery other = SearchQuery.ANY.withText("gransangersykler bibliotekene");
        assertThat(search.listPublic(other, new PageRequest(20, 20))).isEmpty();
        assertThat(search.countPublic(other)).isEqualTo(1);
        assertThat(search.list(query, PAGE)).hasSize(2);
        assertThat(search.count(query)).as("the members' page counts as the API's does").isEqualTo(2);

        // a first page without rows found none to count: none, not read again (a walk would find nothing twice)
        SearchQuery none = SearchQuery.ANY.withText("gransangersykler xylofonkvartett");
        double beforeNone = reads("database");
        assertThat(search.listPublic(none, PAGE)).isEmpty();
        assertThat(search.countPublic(none)).isZero();
        assertThat(reads("database")).as("an empty first page, counted with it").isEqualTo(beforeNone + 1);
    }

    @Test
    void the_same_page_asked_for_by_many_at_once_is_read_from_the_database_once_and_all_get_it() throws Exception {
        SearchQuery query = SearchQuery.ANY.withText("single-flight-" + System.nanoTime());
        int readers = 6;
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        double waitedBefore = reads("waited");
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> cache.count(query, true, () -> {
                    reads.incrementAndGet();
                    try {
                        release.await(30, TimeUnit.SECONDS); // the database is slow
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 42;
                })));
            }
            for (int i = 0; i < 500 && reads("waited") < waitedBefore + readers - 1; i++) {
                Thread.sleep(20);
            }
            assertThat(reads("waited")).isEqualTo(waitedBefore + readers - 1);
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(42);
            }
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(reads.get()).isEqualTo(1);
    }
}
