package eu.buyzet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The pages people open most run on tables that grow with a whole country's posts, comments and
 * members. Every query such a page sends, for every kind of reader, must be one an index can answer.
 * With sequential scans turned off for the transaction, PostgreSQL still reads a table from end to
 * end only when no index serves the query, and {@code pg_stat_xact_user_tables} counts it. The demo
 * data is small, so the planner's own choice would prove nothing; this asks whether it has a choice.
 * (A submission's comment count had none, and cost 170 ms a page on the million: schema 058.)
 */
// A context and database of its own, as EmptyListsIT has: in the shared one, what other tests leave behind (their
// data, the last Spring context's security strategy, which the browserless UI's access check reads) decided which
// queries a page sent, and a page could open as the sign-in page and read nothing.
@SpringBootTest(properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.test.context=page-plans",
        // every page and request reads from the database, never from what the search cache kept of an earlier one
        "buyzet.search.cache.enabled=false",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false",
        "spring.mail.host=localhost", "spring.mail.port=" + TestSmtp.PORT})
@ViewPackages(packages = "eu.buyzet.portal")
class PagePlansIT extends SpringBrowserlessTest {

    /** A page and its query string. */
    private record Page(String path, String query) {
        @Override
        public String toString() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reference tables that do not grow with posts, comments or members, read whole on purpose: the
     * footprint factor sets (a few a year; the list of them is read and cached, so whether a page's
     * transaction reads it depends on which test filled the cache first).
     */
    private static final Set<String> REFERENCE_TABLES = Set.of("footprint_factor_set");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired @Qualifier("schemaOwnerDataSource") DataSource owner;
    @Autowired WebApplicationContext web;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
        SecurityContextHolder.clearContext();
    }

    /**
     * PostgreSQL's statistics, as autovacuum would have them (ANALYZE is the schema owner's), and from
     * them the commonest word and the CPV code most often beside it. On the million a search for both
     * walks the code's submissions (SearchRepository#startsFromCode); on the demo data no text is
     * common enough for that (decision 057), so the walks' plans are compared in SearchRepositoryPlansIT.
     */
    private String commonWordWithCode() {
        TestSearchStatistics.CommonWordWithCode common = TestSearchStatistics.commonWordWithCode(jdbc, owner);
        return "q=" + common.word() + "&cpv=" + common.code();
    }

    @Test
    void the_most_visited_pages_read_every_table_through_an_index_for_every_reader() {
        List<Page> everyone = new ArrayList<>(List.of(new Page("", ""), new Page("forums", ""),
                new Page("search", "q=levering"), new Page("search", "q=levering&sort=footprint"),
                new Page("search", "q=levering&kind=NEED&from=2024-01-01"), new Page("search", commonWordWithCode()),
                new Page("dialogues", ""), new Page("buyer-groups", ""), new Page("strategies/public", "")));
        long forum = jdbc.sql("""
                select f.id from forum f where f.visibility = 'PUBLIC'
                order by (select count(*) from submission s where s.forum_id = f.id) desc, f.id limit 1""")
                .query(Long.class).single();
        everyone.add(new Page("forums/" + forum, ""));
        // of each kind, the published submission with the most comments: every panel of its page has something to read
        List<Long> submissions = jdbc.sql("""
                select distinct on (s.kind) s.id from submission s join forum f on f.id = s.forum_id
                where s.status = 'PUBLISHED' and not s.hidden and f.visibility = 'PUBLIC'
                order by s.kind, (select count(*) from submission_comment c where c.submission_id = s.id) desc, s.id""")
                .query(Long.class).list();
        assertThat(submissions).as("a need, a solution and a proposal in the demo data").hasSize(3);
        submissions.forEach(id -> everyone.add(new Page("submissions/" + id, "")));
        // agencies and suppliers: their own submissions and their notifications
        List<Page> members = Stream.concat(everyone.stream(),
                Stream.of(new Page("my-submissions", ""), new Page("notifications", ""))).toList();

        List<String> scans = new ArrayList<>();
        scans.addAll(read(null, everyone));
        scans.addAll(read("supplier@demo.buyzet.eu", members));
        scans.addAll(read("agency@demo.buyzet.eu", members));
        scans.addAll(read("moderator@demo.buyzet.eu", Stream.concat(everyone.stream(),
                Stream.of(new Page("notifications", ""), new Page("moderation", ""))).toList()));
        assertThat(scans).as("tables read from end to end by a page").isEmpty();
    }

    @Test
    void the_open_apis_reads_go_through_an_index() throws Exception {
        long forum = jdbc.sql("select min(id) from forum where visibility = 'PUBLIC'").query(Long.class).single();
        long submission = jdbc.sql("select min(s.id) from submission s join forum f on f.id = s.forum_id"
                + " where s.status = 'PUBLISHED' and not s.hidden and f.visibility = 'PUBLIC'").query(Long.class).single();
        String next = JSON.readTree(body(get("/api/v1/submissions?forum=" + forum + "&size=1"))).path("next").asText();
        assertThat(next).as("a forum's list pages by cursor").isNotEmpty();
        List<String> reads = List.of("/api/v1/submissions", "/api/v1/submissions?q=levering",
                "/api/v1/submissions?" + commonWordWithCode(),
                "/api/v1/submissions?q=levering&sort=footprint", "/api/v1/submissions?q=levering&kind=NEED&cpv=90511000-2",
                "/api/v1/submissions?sort=footprint", "/api/v1/submissions?forum=" + forum + "&page=3",
                "/api/v1/submissions?forum=" + forum + "&size=1&after=" + next, "/api/v1/submissions/" + submission,
                "/api/v1/forums", "/api/v1/forums/" + forum, "/api/v1/dialogues", "/api/v1/buyer-groups");
        TestUsers.signOut(security);
        List<String> scans = new ArrayList<>();
        for (String url : reads) {
            scans.addAll(scansOf(url, () -> {
                MockHttpServletResponse response = get(url);
                assertThat(response.getStatus()).as(url + ": " + body(response)).isEqualTo(200);
            }));
        }
        assertThat(scans).as("tables read from end to end by the open API").isEmpty();
    }

    private MockHttpServletResponse get(String url) {
        try {
            return MockMvcBuilders.webAppContextSetup(web).build().perform(MockMvcRequestBuilders.get(URI.create(url)))
                    .andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(@Nullable String reader, List<Page> pages) {
        if (reader == null) {
            TestUsers.signOut(security);
        } else {
            TestUsers.signIn(security, jdbc, reader);
        }
        // Vaadin's view access check reads the JVM's global holder, which the last Spring context started in this
        // JVM may have replaced by a strategy of its own; the services read this context's (TestUsers)
        SecurityContextHolder.getContext().setAuthentication(security.getContext().getAuthentication());
        navigate("", Component.class);
        List<String> scans = new ArrayList<>();
        for (Page page : pages) {
            scans.addAll(scansOf(page + ", " + reader, () -> {
                if (page.query().isEmpty()) {
                    // the test's own navigate, which carries the signed-in member into the view's access check
                    navigate(page.path(), Component.class);
                } else {
                    UI.getCurrent().navigate(page.path(), QueryParameters.fromString(page.query()));
                }
                Object view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
                assertThat(view).as(page + " as " + reader + " opened, not an error page")
                        .isNotInstanceOf(HasErrorParameter.class);
                assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                        .as(page + " as " + reader + " opened, not a redirect").isEqualTo(page.path());
                // a lazy list reads its rows when the browser asks for them: ask, as the browser would
                for (Grid<?> grid : find(Grid.class).all()) {
                    if (test(grid).size() > 0) {
                        test(grid).getRow(0);
                    }
                }
            }));
            // the next visit builds the page anew, for whoever is signed in then
            navigate("privacy", Component.class);
        }
        return scans;
    }

    /** The tables that {@code read} scans from end to end, in one transaction with sequential scans off. */
    private List<String> scansOf(String label, Runnable read) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("set local enable_seqscan = off").update();
            Map<String, Long> before = sequentialScans();
            read.run();
            return sequentialScans().entrySet().stream().filter(e -> !REFERENCE_TABLES.contains(e.getKey()))
                    .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                    .map(e -> e.getKey() + " (" + label + ")").toList();
        });
    }

    /**
     * Sequential scans per table that this connection has not yet reported: the counts of earlier
     * transactions on the same pooled connection may still be among them (PostgreSQL reports them
     * when the connection is idle), so a page's own scans are the difference of two readings.
     */
    private Map<String, Long> sequentialScans() {
        return jdbc.sql("select relname, seq_scan from pg_stat_xact_user_tables")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
