package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseEarlyStartTest {

    @Test
    void with_a_configured_datasource_no_server_is_started_and_no_bean_is_offered() {
        var listener = new EmbeddedDatabaseEarlyStart();
        var application = new SpringApplication();
        listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application,
                new String[0], new MockEnvironment().withProperty(EmbeddedDefaults.EMBEDDED, "false")));
        var context = new GenericApplicationContext();
        listener.onApplicationEvent(new ApplicationPreparedEvent(application, new String[0], context));
        assertThat(context.getBeanFactory().containsSingleton(EmbeddedDatabaseEarlyStart.BEAN)).isFalse();
    }

    @Test
    void a_server_started_for_another_folder_or_port_is_not_taken() throws IOException {
        var started = new EmbeddedDatabaseEarlyStart.Started(Path.of("./data/postgres"), 0, new CompletableFuture<>());
        assertThat(started.claim(Path.of("/elsewhere"), 0)).isNull();
        assertThat(started.claim(Path.of("./data/postgres"), 5432)).isNull();
    }

    @Test
    void the_server_started_for_the_default_folder_is_taken_however_the_folder_is_written() {
        for (Path written : List.of(Path.of("data/postgres"), Path.of("./data/./postgres"),
                Path.of("data/postgres").toAbsolutePath())) {
            var failed = new CompletableFuture<EmbeddedDatabase>();
            failed.completeExceptionally(new IOException("the early start's outcome"));
            var started = new EmbeddedDatabaseEarlyStart.Started(Path.of(EmbeddedDatabaseEarlyStart.DEFAULT_DIR), 0,
                    failed);
            // taken: the bean gets the early start's outcome instead of starting a second server on the same folder
            assertThatThrownBy(() -> started.claim(written, 0)).as(written.toString())
                    .isInstanceOf(IOException.class).hasMessage("the early start's outcome");
        }
    }

    @Test
    void a_start_that_failed_fails_the_bean_with_its_cause_and_is_taken_only_once() {
        var failed = new CompletableFuture<EmbeddedDatabase>();
        failed.completeExceptionally(new IOException("initdb failed"));
        var started = new EmbeddedDatabaseEarlyStart.Started(Path.of("./data/postgres"), 0, failed);
        assertThatThrownBy(() -> started.claim(Path.of("./data/postgres"), 0))
                .isInstanceOf(IOException.class).hasMessage("initdb failed");
        assertThat(catchClaim(started)).as("a second claim starts its own server instead").isNull();
    }

    private static EmbeddedDatabase catchClaim(EmbeddedDatabaseEarlyStart.Started started) {
        try {
            return started.claim(Path.of("./data/postgres"), 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
