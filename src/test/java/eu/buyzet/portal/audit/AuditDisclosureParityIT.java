package eu.buyzet.portal.audit;

import eu.buyzet.portal.ParityTable;
import eu.buyzet.portal.PortalWebIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.shared.PageRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The audit trail names who did what, including failed sign-ins: only administrators read it, on
 * the page and in the CSV (decision 016).
 */
@PortalWebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditDisclosureParityIT {

    enum Reader { ANONYMOUS, SUPPLIER, AGENCY, MODERATOR, ADMIN }

    private static final String EVENT = "audit event";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    private final String tag = "parity-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void state() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        audit.record(tag + ".done", "forum", tag, Map.of("why", tag));
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private ParityTable<Reader> table() {
        AuditFilter filter = new AuditFilter(tag, null, null, null, null, null);
        Map<Reader, Set<String>> adminsOnly = Map.of(Reader.ADMIN, Set.of(EVENT));
        return new ParityTable<>(List.of(Reader.values()), this::signInAs, Set.of(EVENT))
                .row("audit.search-page", adminsOnly, r -> read(() -> audit.search(filter, new PageRequest(0, 10))
                        .stream().map(AuditEvent::action).collect(Collectors.joining("\n"))))
                .row("audit.csv", adminsOnly, r -> read(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        audit.exportCsv(filter, out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return out.toString(StandardCharsets.UTF_8);
                }));
    }

    private Set<String> read(java.util.function.Supplier<String> channel) {
        try {
            return channel.get().contains(tag + ".done") ? Set.of(EVENT) : Set.of();
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
            return Set.of();
        }
    }

    @TestFactory
    Stream<DynamicTest> only_administrators_read_the_audit_trail_on_any_channel() {
        return table().tests();
    }

    @Test
    void every_declared_audit_channel_has_a_row() {
        table().assertCovers("audit");
    }

    private void signInAs(Reader reader) {
        switch (reader) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case SUPPLIER -> TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
            case AGENCY -> TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
            case MODERATOR -> TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
            case ADMIN -> TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        }
    }
}
