package eu.buyzet.portal.footprint;

import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.ParityTable;
import eu.buyzet.portal.PortalWebIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.HashSet;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every channel of the footprint feature, read as every kind of reader (decision 016). Mapped
 * contracts have their own: {@code contract.ContractDisclosureParityIT}.
 */
@PortalWebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FootprintDisclosureParityIT {

    enum Reader { ANONYMOUS, SUPPLIER, AUTHOR_AGENCY, OTHER_AGENCY, MODERATOR, ADMIN }

    private static final String FACTORS = "factor set";
    private static final String DRAFT = "draft's declaration";
    private static final String PUBLISHED = "published declaration";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired DeclarationService declarations;
    @Autowired SubmissionService submissions;
    @LocalServerPort int port;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Submission draft;
    private Submission published;

    @BeforeAll
    void state() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());
        draft = TestFootprints.declared(declarations, submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED,
                "Utkast " + tag, "", "", List.of("90511000-2"))));
        Submission toPublish = TestFootprints.declared(declarations, submissions.create(new SubmissionDraft(forum,
                SubmissionKind.NEED, "Publisert " + tag, "", "", List.of("90511000-2"))));
        published = submissions.publish(toPublish.id(), toPublish.version());
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private ParityTable<Reader> table() {
        ApiClient api = new ApiClient(port);
        Map<Reader, Set<String>> everyone = only(Set.of(Reader.values()), FACTORS);
        Map<Reader, Set<String>> declarationsFor = Stream.of(Reader.values()).collect(Collectors.toMap(r -> r,
                r -> r == Reader.AUTHOR_AGENCY ? Set.of(DRAFT, PUBLISHED) : Set.of(PUBLISHED)));
        return new ParityTable<>(List.of(Reader.values()), this::signInAs, Set.of(FACTORS, DRAFT, PUBLISHED))
                .row("footprint.api-factor-sets", everyone, r -> found(api.get("/api/v1/footprint/factor-sets").body()
                        .contains("no-2025"), FACTORS))
                .row("footprint.api-factor-set", everyone, r -> found(api.get("/api/v1/footprint/factor-sets/no-2025")
                        .body().contains("\"source\""), FACTORS))
                .row("footprint.api-calculate", everyone, r -> found(api.postJson("/api/v1/footprint/calculate",
                        "{\"flows\":[{\"vehicleCategory\":\"N1\",\"energyCarrier\":\"DIESEL\",\"tripsPerYear\":100,"
                                + "\"kmPerTrip\":10}]}").statusCode() == 200, FACTORS))
                .row("footprint.declaration-page", declarationsFor, r -> declared(id -> declarations.find(id).isPresent()))
                .row("footprint.results-page", declarationsFor, r -> declared(id -> {
                    FootprintCard card = declarations.card(submissions.page(id));
                    return card.declaration().isPresent()
                            && (id.equals(draft.id()) ? card.preview().isPresent() : !card.results().isEmpty());
                }));
    }

    private Set<String> declared(java.util.function.Predicate<eu.buyzet.portal.submission.SubmissionId> readable) {
        Set<String> found = new HashSet<>();
        for (var entry : Map.of(DRAFT, draft.id(), PUBLISHED, published.id()).entrySet()) {
            try {
                if (readable.test(entry.getValue())) {
                    found.add(entry.getKey());
                }
            } catch (RuntimeException notFound) {
                // the submission does not exist for this reader
            }
        }
        return found;
    }

    private static Set<String> found(boolean present, String fact) {
        return present ? Set.of(fact) : Set.of();
    }

    private static Map<Reader, Set<String>> only(Set<Reader> readers, String fact) {
        return readers.stream().collect(Collectors.toMap(r -> r, r -> Set.of(fact)));
    }

    @TestFactory
    Stream<DynamicTest> each_footprint_channel_shows_each_reader_exactly_what_the_policy_allows() {
        return table().tests();
    }

    @Test
    void every_declared_footprint_channel_has_a_row() {
        table().assertCovers("footprint");
    }

    private void signInAs(Reader reader) {
        switch (reader) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case SUPPLIER -> TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
            case AUTHOR_AGENCY -> TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
            case OTHER_AGENCY -> TestUsers.signIn(security, jdbc, "agency3@demo.buyzet.eu");
            case MODERATOR -> TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
            case ADMIN -> TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        }
    }
}
