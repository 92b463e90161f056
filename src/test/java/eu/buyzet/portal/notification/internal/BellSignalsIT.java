package eu.buyzet.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.shared.MemberId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bell on one node learns of notifications saved on another: the signal goes through
 * PostgreSQL, so a second node is played here by a connection of its own.
 */
@PortalIntegrationTest
class BellSignalsIT {

    @Autowired
    BellSignals signals;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;

    private final BlockingQueue<Set<MemberId>> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void listen() {
        signals.subscribe(received::add);
    }

    @Test
    void a_signal_sent_by_another_node_reaches_this_nodes_bells() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        try (Connection otherNode = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(),
                hikari.getPassword()); Statement statement = otherNode.createStatement()) {
            statement.execute("select pg_notify('" + BellSignals.CHANNEL + "', '9101,9102')");
        }
        assertThat(next(9101, 9102)).isEqualTo(Set.of(new MemberId(9101), new MemberId(9102)));
    }

    @Test
    void a_signal_is_sent_when_the_notifications_commit_and_never_when_they_roll_back() throws Exception {
        transaction.executeWithoutResult(status -> {
            signals.announce(List.of(new MemberId(9201)));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> signals.announce(List.of(new MemberId(9202))));
        // signals arrive in commit order: the first one to arrive is the committed one
        assertThat(next(9201, 9202)).isEqualTo(Set.of(new MemberId(9202)));
    }

    @Test
    void many_members_are_signalled_in_payloads_postgresql_accepts() throws Exception {
        List<MemberId> members = java.util.stream.LongStream.rangeClosed(1_000_000_000L, 1_000_001_000L)
                .mapToObj(MemberId::new).toList();
        signals.announce(members);
        Set<MemberId> all = new java.util.HashSet<>();
        while (all.size() < members.size()) {
            all.addAll(next(1_000_000_000L, 1_000_001_000L));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(members);
    }

    /**
     * The next signal for this test's members (ids far above the demo's), skipping signals for real
     * members and those of the other tests, which may still arrive after their test has ended.
     */
    private Set<MemberId> next(long first, long last) throws InterruptedException {
        while (true) {
            Set<MemberId> members = received.poll(30, TimeUnit.SECONDS);
            assertThat(members).as("a bell signal").isNotNull();
            if (members.stream().anyMatch(m -> m.value() >= first && m.value() <= last)) {
                return members;
            }
        }
    }
}
