package eu.buyzet.portal.shared.database;

import static eu.buyzet.portal.shared.database.EmbeddedCredentials.APP_ROLE;
import static eu.buyzet.portal.shared.database.EmbeddedCredentials.OWNER_ROLE;
import static eu.buyzet.portal.shared.database.EmbeddedCredentials.SUPERUSER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the embedded database's two roles exactly as an external PostgreSQL gets them: at every
 * start, as the superuser and in one transaction, it runs {@code db/roles/10-buyzet-roles.sql}
 * (the script the README and docker-compose use) and sets the three passwords. Anything the
 * superuser owned, as every table did in the previous version, passes to the schema owner there.
 */
final class EmbeddedRoles {

    static final String SCRIPT = "db/roles/10-buyzet-roles.sql";

    private EmbeddedRoles() {
    }

    static void ensure(Connection c, EmbeddedCredentials credentials) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(script());
            EmbeddedDatabase.setPassword(c, SUPERUSER, credentials.superuser());
            EmbeddedDatabase.setPassword(c, OWNER_ROLE, credentials.owner());
            EmbeddedDatabase.setPassword(c, APP_ROLE, credentials.app());
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String script() {
        try (InputStream in = EmbeddedRoles.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
