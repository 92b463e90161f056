package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.PortalWebIntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches that cannot finish must not take the portal down, and must say so as errors, not as a
 * sign-in (issue 15). The database is made slow the deterministic way: another transaction holds
 * the submission table's lock, so a search waits until its statement timeout cancels it.
 */
@PortalWebIntegrationTest
class SearchUnderLoadIT {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    /** Holds the submission table's lock until closed: every search waits on it. */
    private Connection lockSubmissions() throws Exception {
        Connection lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.execute("lock table submission in access exclusive mode");
        }
        return lock;
    }

    private static void release(Connection lock) throws Exception {
        lock.rollback();
        lock.close();
    }

    @Test
    void a_search_cut_short_by_its_timeout_answers_503_with_retry_after_and_says_what_to_do_never_a_redirect()
            throws Exception {
        ApiClient api = new ApiClient(port);
        Connection lock = lockSubmissions();
        HttpResponse<String> response;
        try {
            response = api.get("/api/v1/submissions?q=avfall");
        } finally {
            release(lock);
        }
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("search-too-broad", "add a word or a filter");
        assertThat(response.headers().firstValue("Location")).isEmpty();

        // and the same search works again once the database answers
        assertThat(api.get("/api/v1/submissions?q=avfall").statusCode()).isEqualTo(200);
    }

    @Test
    void when_every_search_slot_is_taken_another_search_is_refused_quickly_and_the_rest_of_the_portal_still_answers()
            throws Exception {
        ApiClient api = new ApiClient(port);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        Connection lock = lockSubmissions();
        List<Future<HttpResponse<String>>> waiting = new ArrayList<>();
        try {
            // four different searches: the same one four times would be read once (decision 044)
            for (String word : List.of("levering", "varebil", "sykkel", "avfall")) {
                waiting.add(clients.submit(() -> api.get("/api/v1/submissions?q=" + word)));
            }
            awaitSearchesWaitingOnTheLock(4);

            Instant asked = Instant.now();
            HttpResponse<String> fifth = api.get("/api/v1/submissions?q=kommune");
            assertThat(fifth.statusCode()).isEqualTo(503);
            assertThat(fifth.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(fifth.body()).contains("search-busy");
            // refused after the bulkhead's short wait, not after a statement timeout
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofMillis(1900));

            // the pool still serves the features that do not search
            assertThat(api.get("/api/v1/forums").statusCode()).isEqualTo(200);
        } finally {
            release(lock);
        }
        for (Future<HttpResponse<String>> f : waiting) {
            assertThat(f.get().statusCode()).isIn(200, 503);
        }
        clients.shutdown();
    }

    @Test
    void an_exhausted_connection_pool_answers_503_with_retry_after_not_a_redirect_to_sign_in() throws Exception {
        ApiClient api = new ApiClient(port);
        int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> taken = new ArrayList<>();
        HttpResponse<String> response;
        try {
            for (int i = 0; i < size; i++) {
                taken.add(dataSource.getConnection());
            }
            response = api.get("/api/v1/forums");
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("unavailable");
        assertThat(api.get("/api/v1/forums").statusCode()).isEqualTo(200);
    }

    private void awaitSearchesWaitingOnTheLock(int n) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            int waiting = jdbc.sql("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%from submission s%'""")
                    .query(Integer.class).single();
            if (waiting >= n) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the searches never reached the database");
    }
}
