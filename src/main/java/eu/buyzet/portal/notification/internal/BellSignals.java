package eu.buyzet.portal.notification.internal;

import com.zaxxer.hikari.HikariDataSource;
import eu.buyzet.portal.shared.MemberId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node of the portal that members have new notifications, through PostgreSQL's
 * LISTEN/NOTIFY: the node that saved them may not be the node that holds the member's open
 * bells. Each node listens on one connection of its own, opened beside the pool so that the
 * listener never takes a connection requests need; a lost connection is reopened. A signal carries
 * member ids only; what a bell shows is read from the database by the node that shows it.
 */
@Component
public class BellSignals implements SmartLifecycle {

    static final String CHANNEL = "buyzet_bell";
    // NOTIFY payloads are limited to 8000 bytes: member ids go in chunks well below that
    private static final int IDS_PER_SIGNAL = 400;
    private static final Logger log = LoggerFactory.getLogger(BellSignals.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final List<Consumer<Set<MemberId>>> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private @Nullable Thread listener;

    BellSignals(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Signals every node, this one included, once the current transaction (if any) commits. */
    public void announce(Collection<MemberId> members) {
        List<MemberId> all = new ArrayList<>(new HashSet<>(members));
        for (int from = 0; from < all.size(); from += IDS_PER_SIGNAL) {
            String payload = all.subList(from, Math.min(all.size(), from + IDS_PER_SIGNAL)).stream()
                    .map(m -> Long.toString(m.value())).collect(Collectors.joining(","));
            jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query().singleValue();
        }
    }

    /** Called on the listener's thread with the members signalled by any node. */
    public void subscribe(Consumer<Set<MemberId>> subscriber) {
        subscribers.add(subscriber);
    }

    static Set<MemberId> members(String payload) {
        Set<MemberId> members = new HashSet<>();
        for (String id : payload.split(",")) {
            try {
                members.add(new MemberId(Long.parseLong(id.strip())));
            } catch (NumberFormatException e) {
                log.warn("Ignoring a bell signal that is not a member id: {}", id);
            }
        }
        return members;
    }

    @Override
    public void start() {
        running = true;
        Thread thread = Thread.ofPlatform().daemon().name("bell-signals").unstarted(this::listen);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = open(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] signals = pg.getNotifications(5_000);
                    if (signals == null) {
                        continue;
                    }
                    for (PGNotification signal : signals) {
                        deliver(members(signal.getParameter()));
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Bell signals lost their database connection; listening again in a second: {}", e.getMessage());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void deliver(Set<MemberId> members) {
        for (Consumer<Set<MemberId>> subscriber : subscribers) {
            try {
                subscriber.accept(members);
            } catch (RuntimeException e) {
                log.warn("A bell could not be updated", e);
            }
        }
    }

    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }
}
