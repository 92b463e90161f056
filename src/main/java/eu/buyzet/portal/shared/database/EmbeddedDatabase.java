package eu.buyzet.portal.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, locked down like a server (decision 017): it listens on loopback only,
 * every sign-in needs a SCRAM password (no trust, not even from loopback), and the portal uses two
 * roles. {@value EmbeddedCredentials#OWNER_ROLE} owns the schema and migrates it;
 * {@value EmbeddedCredentials#APP_ROLE}, the pool's role, may only read and write rows, so the
 * audit trail's append-only triggers cannot be dropped or disabled by the portal's own connections.
 *
 * <p>A data folder of the previous version (superuser without a password, trust sign-in, every
 * table owned by the superuser) is upgraded on start: the roles are made, ownership passes to the
 * schema owner, the passwords are set and only then is pg_hba.conf rewritten.
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "postgres";

    static final String PG_HBA = """
            # Written by BuyZET Portal at every start (decision 017): passwords (SCRAM) only, loopback only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final EmbeddedCredentials credentials;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path dataDir) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.dataDir = dataDir;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
        boolean upgrade = !fresh && !EmbeddedCredentials.existIn(dir);
        EmbeddedCredentials credentials = fresh || upgrade ? EmbeddedCredentials.generate()
                : EmbeddedCredentials.readFrom(dir);

        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // the library turns these off for throw-away test databases; portal data is not throw-away
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("shared_buffers", sharedBuffers(physicalMemory()))
                .setLocaleConfig("encoding", "UTF8")
                // the library's own readiness check signs in as the superuser
                .setConnectConfig("password", credentials.superuser());
        if (port > 0) {
            builder.setPort(port);
        }
        Path superuserPasswordFile = null;
        if (fresh) {
            // initdb gives the superuser its password at once, so the server never runs without one; the
            // library passes "locale" settings to initdb as --name=value, the only way to add --pwfile
            // (outside the data folder, which initdb wants empty; a temporary file is private to its owner)
            superuserPasswordFile = Files.createTempFile("buyzet-initdb", ".tmp");
            Files.writeString(superuserPasswordFile, credentials.superuser() + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("pwfile", superuserPasswordFile.toString());
        }
        if (!upgrade) {
            // after initdb, before the server starts: no moment with trust sign-in
            builder.setDataDirectoryCustomizer(folder -> {
                if (fresh) {
                    credentials.writeTo(dir);
                }
                writePgHba(dir);
            });
        } else {
            log.warn("Upgrading the embedded PostgreSQL in {}: adding the roles {} and {}, passwords and password sign-in",
                    dir, EmbeddedCredentials.OWNER_ROLE, EmbeddedCredentials.APP_ROLE);
        }

        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (superuserPasswordFile != null) {
                Files.deleteIfExists(superuserPasswordFile);
            }
        }
        try {
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                EmbeddedRoles.ensure(c, credentials);
                if (upgrade) {
                    // the passwords are set and committed: keep them, then stop trusting anyone
                    credentials.writeTo(dir);
                    writePgHba(dir);
                    try (Statement s = c.createStatement()) {
                        s.execute("select pg_reload_conf()");
                    }
                    log.warn("The embedded PostgreSQL in {} now requires passwords; they are kept in {}", dir,
                            dir.resolve(EmbeddedCredentials.FILE));
                }
            }
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Could not set up the embedded PostgreSQL's roles in " + dir, e);
        }
        return new EmbeddedDatabase(postgres, credentials, dir);
    }

    /**
     * PostgreSQL's own page cache. Its default, 128 MB, is sized for the smallest machine: on the
     * million submissions every search then copied most of its pages from the kernel's cache, and a
     * filtered search's p95 at 8 clients was 0.49 s against 0.29 s with the hot pages in PostgreSQL's
     * own (docs/performance.md, 2026-12-05). A quarter of the memory, as PostgreSQL's manual advises
     * for a dedicated server, but at most {@value #MAX_SHARED_BUFFERS_MB} MB, since the portal's JVM
     * shares the machine; the memory is taken only as pages are read.
     */
    static String sharedBuffers(long physicalMemory) {
        long mb = Math.clamp(physicalMemory / 4 / (1024 * 1024), MIN_SHARED_BUFFERS_MB, MAX_SHARED_BUFFERS_MB);
        return mb + "MB";
    }

    static final long MIN_SHARED_BUFFERS_MB = 128;
    static final long MAX_SHARED_BUFFERS_MB = 4096;

    /** The machine's (or the container's) memory, as the JVM sees it. */
    private static long physicalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    private static void writePgHba(Path dir) {
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Sets a role's password as a SCRAM verifier computed here, so the password never travels in SQL. */
    static void setPassword(Connection c, String role, String password) throws SQLException {
        c.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }
}
