package eu.buyzet.portal.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded PostgreSQL's three passwords: the superuser's (only the portal's start-up uses it,
 * to keep the two roles right), the schema owner's (Liquibase) and the application's (the pool).
 * They are made on the first start and kept in the data folder, in a file only its owner may read.
 */
record EmbeddedCredentials(String superuser, String owner, String app) {

    static final String FILE = "buyzet-passwords.properties";
    static final String SUPERUSER = "postgres";
    static final String OWNER_ROLE = "buyzet_owner";
    static final String APP_ROLE = "buyzet_app";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(password(), password(), password());
    }

    static boolean existIn(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE));
    }

    static EmbeddedCredentials readFrom(Path dataDir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's passwords in " + dataDir, e);
        }
        EmbeddedCredentials c = new EmbeddedCredentials(p.getProperty("superuser"), p.getProperty("owner"),
                p.getProperty("app"));
        if (c.superuser() == null || c.owner() == null || c.app() == null) {
            throw new IllegalStateException(dataDir.resolve(FILE) + " lacks a password: restore it from a backup");
        }
        return c;
    }

    /** Written whole or not at all (a temporary file moved into place), readable only by its owner. */
    void writeTo(Path dataDir) {
        Path target = dataDir.resolve(FILE);
        Path temporary = dataDir.resolve(FILE + ".new");
        try {
            Files.deleteIfExists(temporary);
            createPrivate(temporary);
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write("# Passwords of the embedded PostgreSQL, made on its first start. Keep this file private.\n");
                out.write("superuser=" + superuser + "\nowner=" + owner + "\napp=" + app + "\n");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's passwords in " + dataDir, e);
        }
    }

    /** A file for a secret, created with owner-only permissions so no one else can read it even for a moment. */
    static Path createPrivate(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            var f = file.toFile();
            boolean restricted = f.setReadable(false, false) && f.setReadable(true, true)
                    && f.setWritable(false, false) && f.setWritable(true, true);
            if (!restricted) {
                throw new IOException("Cannot make " + file + " private");
            }
            return file;
        }
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }

    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
