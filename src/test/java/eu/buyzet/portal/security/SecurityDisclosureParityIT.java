package eu.buyzet.portal.security;

import eu.buyzet.portal.ParityTable;
import eu.buyzet.portal.PortalWebIntegrationTest;
import eu.buyzet.portal.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The personal data download gives each member their own data and nobody else's; each feature's
 * own parity test checks its section (decision 016).
 */
@PortalWebIntegrationTest
class SecurityDisclosureParityIT {

    enum Reader { ANONYMOUS, SUPPLIER, SUPPLIER2, AGENCY, MODERATOR, ADMIN }

    private static final Map<Reader, String> EMAILS = Map.of(Reader.SUPPLIER, "supplier@demo.buyzet.eu",
            Reader.SUPPLIER2, "supplier2@demo.buyzet.eu", Reader.AGENCY, "agency@demo.buyzet.eu",
            Reader.MODERATOR, "moderator@demo.buyzet.eu", Reader.ADMIN, "admin@demo.buyzet.eu");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private ParityTable<Reader> table() {
        Map<Reader, Set<String>> own = new java.util.EnumMap<>(Reader.class);
        EMAILS.forEach((reader, email) -> own.put(reader, Set.of(reader.name())));
        return new ParityTable<>(List.of(Reader.values()), this::signInAs,
                Set.of(Reader.SUPPLIER.name(), Reader.SUPPLIER2.name(), Reader.AGENCY.name(), Reader.MODERATOR.name(),
                        Reader.ADMIN.name()))
                .row("security.personal-data-export", own, r -> {
                    try {
                        String json = new String(accounts.exportMyData(), StandardCharsets.UTF_8);
                        Map<String, String> markers = new java.util.HashMap<>();
                        EMAILS.forEach((reader, email) -> markers.put(reader.name(), "\"" + email + "\""));
                        return ParityTable.factsIn(json, markers);
                    } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
                        return Set.of();
                    }
                });
    }

    @TestFactory
    Stream<DynamicTest> each_member_downloads_their_own_personal_data_and_nobody_elses() {
        return table().tests();
    }

    @Test
    void every_declared_security_channel_has_a_row() {
        table().assertCovers("security");
    }

    private void signInAs(Reader reader) {
        if (reader == Reader.ANONYMOUS) {
            TestUsers.signOut(security);
        } else {
            TestUsers.signIn(security, jdbc, EMAILS.get(reader));
        }
    }
}
