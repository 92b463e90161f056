package eu.buyzet.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission's page is the page people open most, on tables that grow with the whole country's
 * posts. Every query it sends, for every reader, must be one an index can answer: with sequential
 * scans turned off for the transaction, PostgreSQL still scans a table from end to end only when no
 * index serves the query, and {@code pg_stat_xact_user_tables} counts it. The demo data is small, so
 * the planner's own choice would prove nothing; this asks whether it has a choice at all.
 */
@PortalIntegrationTest
@ViewPackages(packages = "eu.buyzet.portal")
class SubmissionPagePlansIT extends SpringBrowserlessTest {

    /** Anonymous, a supplier, an agency, a moderator (the author's side and the other side, on each kind). */
    private static final List<@Nullable String> READERS = Arrays.asList(null, "supplier@demo.buyzet.eu",
            "agency@demo.buyzet.eu", "moderator@demo.buyzet.eu");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void opening_a_submission_page_reads_every_table_through_an_index_for_every_reader() {
        // of each kind, the published submission with the most comments: every panel of the page has something to read
        List<Long> pages = jdbc.sql("""
                select distinct on (s.kind) s.id from submission s join forum f on f.id = s.forum_id
                where s.status = 'PUBLISHED' and not s.hidden and f.visibility = 'PUBLIC'
                order by s.kind, (select count(*) from submission_comment c where c.submission_id = s.id) desc, s.id""")
                .query(Long.class).list();
        assertThat(pages).as("a need, a solution and a proposal in the demo data").hasSize(3);

        List<String> scans = new ArrayList<>();
        for (String reader : READERS) {
            for (long id : pages) {
                if (reader == null) {
                    TestUsers.signOut(security);
                } else {
                    TestUsers.signIn(security, jdbc, reader);
                }
                scans.addAll(transaction.execute(status -> {
                    status.setRollbackOnly();
                    jdbc.sql("set local enable_seqscan = off").update();
                    Map<String, Long> before = sequentialScans();
                    UI.getCurrent().navigate("submissions/" + id);
                    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass()
                            .getSimpleName()).as("the page opened").isEqualTo("SubmissionView");
                    Map<String, Long> after = sequentialScans();
                    // the next visit builds the page anew, for whoever is signed in then
                    UI.getCurrent().navigate("forums");
                    return after.entrySet().stream().filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                            .map(e -> e.getKey() + " (submission " + id + ", " + reader + ")").toList();
                }));
            }
        }
        assertThat(scans).as("tables read from end to end by a submission's page").isEmpty();
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
