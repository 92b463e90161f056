package eu.buyzet.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a search's transaction runs with, and that none of it stays on the pooled connection after it. */
@PortalIntegrationTest
class SearchGateIT {

    private static final String SETTINGS = "select current_setting('statement_timeout'), current_setting('plan_cache_mode'),"
            + " current_setting('work_mem')";

    @Autowired SearchGate gate;
    @Autowired JdbcClient jdbc;

    private List<String> settings() {
        return jdbc.sql(SETTINGS).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }

    @Test
    void a_search_runs_with_its_timeout_custom_plans_and_memory_for_bitmaps_and_leaves_the_pool_as_it_was() {
        List<String> outside = settings();
        assertThat(gate.read(this::settings)).containsExactly("2s", "force_custom_plan", "16MB");
        // SET LOCAL ends with the search's transaction: every connection of the pool still has the server's defaults
        for (int i = 0; i < 20; i++) {
            assertThat(settings()).isEqualTo(outside).doesNotContain("16MB", "force_custom_plan");
        }
    }
}
