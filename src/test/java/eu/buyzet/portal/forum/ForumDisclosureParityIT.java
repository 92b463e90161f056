package eu.buyzet.portal.forum;

import eu.buyzet.portal.ApiClient;
import eu.buyzet.portal.ParityTable;
import eu.buyzet.portal.PortalWebIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.shared.PageRequest;
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

/** Every channel that shows forums, read as every kind of reader (decision 016). */
@PortalWebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumDisclosureParityIT {

    enum Reader { ANONYMOUS, SUPPLIER, AGENCY, MODERATOR, ADMIN }

    private static final String PUBLIC = "public forum";
    private static final String MEMBERS = "members-only forum";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired ForumService forums;
    @LocalServerPort int port;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Forum publicForum;
    private Forum membersForum;

    @BeforeAll
    void forums() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        publicForum = forums.create(details("Åpent " + tag, ForumVisibility.PUBLIC));
        membersForum = forums.create(details("Lukket " + tag, ForumVisibility.MEMBERS));
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private static ForumDetails details(String title, ForumVisibility visibility) {
        return new ForumDetails(title, title + " (en)", "Beskrivelse", "Description", "Oslo", List.of("90511000-2"),
                visibility, Set.of());
    }

    private ParityTable<Reader> table() {
        Set<String> everything = Set.of(PUBLIC, MEMBERS);
        Map<Reader, Set<String>> signedInSeeBoth = Stream.of(Reader.values()).collect(Collectors.toMap(r -> r,
                r -> r == Reader.ANONYMOUS ? Set.of(PUBLIC) : everything));
        Map<Reader, Set<String>> publicOnly = Stream.of(Reader.values()).collect(Collectors.toMap(r -> r, r -> Set.of(PUBLIC)));
        ApiClient api = new ApiClient(port);
        return new ParityTable<>(List.of(Reader.values()), this::signInAs, everything)
                .row("forum.page-list", signedInSeeBoth, r -> names(forums.list(new ForumFilter(tag, null),
                        new PageRequest(0, 50)).stream().map(Forum::titleNb).collect(Collectors.joining("\n"))))
                .row("forum.page-choices", signedInSeeBoth, r -> names(forums.choices(tag, new PageRequest(0, 50))
                        .stream().map(Forum::titleNb).collect(Collectors.joining("\n"))))
                .row("forum.page-get", signedInSeeBoth, r -> names(Stream.of(publicForum, membersForum)
                        .flatMap(f -> forums.find(f.id()).stream()).map(Forum::titleNb).collect(Collectors.joining("\n"))))
                .row("forum.api-list", publicOnly, r -> names(api.get("/api/v1/forums?size=100&q=" + tag).body()))
                .row("forum.api-get", publicOnly, r -> names(Stream.of(publicForum, membersForum)
                        .map(f -> body(api, "/api/v1/forums/" + f.id().value())).collect(Collectors.joining("\n"))));
    }

    private Set<String> names(String text) {
        return ParityTable.factsIn(text, Map.of(PUBLIC, "Åpent " + tag, MEMBERS, "Lukket " + tag));
    }

    private static String body(ApiClient api, String path) {
        try {
            var response = api.get(path);
            return response.statusCode() == 200 ? response.body() : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> each_channel_shows_each_reader_exactly_the_forums_the_policy_allows() {
        return table().tests();
    }

    @Test
    void every_declared_forum_channel_has_a_row() {
        table().assertCovers("forum");
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
