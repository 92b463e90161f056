package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseMemoryTest {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void the_embedded_database_caches_pages_in_a_quarter_of_the_memory() {
        assertThat(EmbeddedDatabase.sharedBuffers(8 * GB)).isEqualTo("2048MB");
    }

    @Test
    void a_large_machine_leaves_the_rest_of_its_memory_to_the_portal_and_the_kernel() {
        assertThat(EmbeddedDatabase.sharedBuffers(24 * GB)).isEqualTo("4096MB");
        assertThat(EmbeddedDatabase.sharedBuffers(512 * GB)).isEqualTo("4096MB");
    }

    @Test
    void a_small_machine_keeps_postgresqls_own_default() {
        assertThat(EmbeddedDatabase.sharedBuffers(GB / 4)).isEqualTo("128MB");
    }
}
