package eu.buyzet.portal.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the environment is known, so
 * that the server starts (and initdb runs, on a fresh folder) while Spring builds the context
 * (decision 041). The {@code embeddedDatabase} bean then waits for it instead of starting it. A
 * server no bean took over, because the start failed first, is stopped here.
 *
 * <p>Registered in {@code META-INF/spring.factories}: each {@code SpringApplication} makes its own.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);
    static final String DIR = "buyzet.database.embedded-dir";
    static final String PORT = "buyzet.database.embedded-port";
    static final String DEFAULT_DIR = "./data/postgres";
    static final String BEAN = "embeddedDatabaseEarlyStart";

    private @Nullable Started started;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent e -> start(e.getEnvironment());
            case ApplicationPreparedEvent e when started != null ->
                    e.getApplicationContext().getBeanFactory().registerSingleton(BEAN, started);
            case ApplicationFailedEvent e -> closeUnclaimed();
            case ApplicationReadyEvent e -> closeUnclaimed();
            default -> { }
        }
    }

    private void start(ConfigurableEnvironment environment) {
        if (started != null || !environment.getProperty(EmbeddedDefaults.EMBEDDED, Boolean.class, false)) {
            return;
        }
        Path dir = Path.of(environment.getProperty(DIR, DEFAULT_DIR));
        int port = environment.getProperty(PORT, Integer.class, 0);
        CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("embedded-postgres-start").start(() -> {
            try {
                database.complete(EmbeddedDatabase.start(dir, port));
            } catch (IOException | RuntimeException e) {
                database.completeExceptionally(e);
            }
        });
        started = new Started(dir, port, database);
    }

    private void closeUnclaimed() {
        if (started != null) {
            started.closeUnclaimed();
        }
    }

    /** The server being started, until the {@code embeddedDatabase} bean takes it over. */
    static final class Started {

        private final Path dir;
        private final int port;
        private final CompletableFuture<EmbeddedDatabase> database;
        private boolean claimed;

        Started(Path dir, int port, CompletableFuture<EmbeddedDatabase> database) {
            this.dir = folder(dir);
            this.port = port;
            this.database = database;
        }

        /** The started server if it was started for this folder and port, else null (then nothing was taken). */
        synchronized @Nullable EmbeddedDatabase claim(Path dir, int port) throws IOException {
            if (claimed || !Objects.equals(this.dir, folder(dir)) || this.port != port) {
                return null;
            }
            claimed = true;
            try {
                return database.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("The embedded PostgreSQL in " + dir + " did not start", e.getCause());
            }
        }

        /** The folder however it is written: "./data/postgres", "data/postgres" and its absolute path are one. */
        private static Path folder(Path dir) {
            return dir.toAbsolutePath().normalize();
        }

        synchronized void closeUnclaimed() {
            if (claimed) {
                return;
            }
            claimed = true;
            database.thenAccept(db -> {
                try {
                    db.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded PostgreSQL in {}", db.dataDir(), e);
                }
            });
        }
    }
}
