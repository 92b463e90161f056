package eu.buyzet.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.buyzet.portal.DisclosureChannels;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestOrganisations;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.notification.Notification;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.security.AccountService;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
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
 * Every channel through which flags leave the portal, read as every kind of reader; each must
 * disclose exactly what {@link ModerationDisclosure} allows: above all, nobody learns who flagged.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationDisclosureParityIT {

    enum Reader { ANONYMOUS, OTHER_SUPPLIER, OWNER, AGENCY, MODERATOR, ADMIN, PENDING }

    private static final PageRequest ALL = new PageRequest(0, 500);
    private static final String OWNER = "supplier2@demo.buyzet.eu";
    /** The flaggers: the agency and the other supplier are readers; the third agency is not. */
    private static final List<String> FLAGGERS = List.of("agency@demo.buyzet.eu", "supplier@demo.buyzet.eu",
            "agency3@demo.buyzet.eu");
    private static final List<String> FLAGGER_NAMES = List.of("Renovasjons- og gjenvinningsetaten", "Grønn Håndverk",
            "Utdanningsetaten", "Ingrid Hansen", "Nora Berg");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired ModerationService moderation;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired NotificationService notifications;
    @Autowired AccountService accounts;
    @Autowired FlagAlertJob alerts;

    private String token;
    private String pending;
    private String note;
    /** Flagged by one organisation, with a note; its flags have waited over 48 hours. */
    private Submission waiting;
    /** Flagged by three organisations, and so hidden. */
    private Submission autoHidden;

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private void as(Reader reader) {
        switch (reader) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case OTHER_SUPPLIER -> as("supplier@demo.buyzet.eu");
            case OWNER -> as(OWNER);
            case AGENCY -> as("agency@demo.buyzet.eu");
            case MODERATOR -> as("moderator@demo.buyzet.eu");
            case ADMIN -> as("admin@demo.buyzet.eu");
            case PENDING -> as(pending);
        }
    }

    private Submission published(String title) {
        as(OWNER);
        ForumId forum = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission draft = submissions.create(new SubmissionDraft(forum, SubmissionKind.SOLUTION, title, "Sammendrag",
                "Tekst", List.of("90511000-2")));
        return submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
    }

    @BeforeAll
    void build() {
        StringBuilder w = new StringBuilder("flagg");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        token = w.toString();
        note = "Notat fra flaggeren " + token;
        pending = TestOrganisations.pendingSupplier(jdbc, "Kasteflagg AS " + token);
        waiting = published("Venter på moderator " + token);
        autoHidden = published("Skjules av flagg " + token);

        as("agency3@demo.buyzet.eu");
        moderation.flag(FlagTarget.submission(waiting.id()), FlagReason.OTHER, note);
        as(pending);
        assertThatThrownBy(() -> moderation.flag(FlagTarget.submission(waiting.id()), FlagReason.SPAM, null))
                .isInstanceOf(ValidationException.class);
        for (String flagger : FLAGGERS) {
            as(flagger);
            moderation.flag(FlagTarget.submission(autoHidden.id()), FlagReason.SPAM, "Spam fra " + token);
        }
        TestUsers.signOut(security);
        jdbc.sql("update flag set created_at = now() - interval '49 hours' where submission_id = ?")
                .param(waiting.id().value()).update();
        alerts.alertOverdue();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private Map<String, Consumer<Reader>> rows() {
        Map<String, Consumer<Reader>> rows = new LinkedHashMap<>();
        rows.put("moderation.own-flag", this::ownFlag);
        rows.put("moderation.queue", this::queue);
        rows.put("moderation.auto-hide-notice", this::autoHideNotice);
        rows.put("moderation.flag-alert", this::flagAlert);
        rows.put("moderation.personal-data", this::personalData);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_channel_discloses_to_each_reader_exactly_what_the_policy_allows() {
        List<DynamicTest> tests = new ArrayList<>();
        rows().forEach((channel, row) -> {
            for (Reader reader : Reader.values()) {
                tests.add(DynamicTest.dynamicTest(channel + " as " + reader, () -> {
                    as(reader);
                    row.accept(reader);
                }));
            }
        });
        return tests.stream();
    }

    @Test
    void every_declared_moderation_channel_has_a_row() {
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(DisclosureChannels.of("moderation"));
    }

    private static boolean moderates(Reader r) {
        return r == Reader.MODERATOR || r == Reader.ADMIN;
    }

    /** Only a flagging organisation's own members learn that it flagged. */
    private void ownFlag(Reader r) {
        assertThat(moderation.flaggedByMyOrganisation(FlagTarget.submission(autoHidden.id())))
                .isEqualTo(r == Reader.AGENCY || r == Reader.OTHER_SUPPLIER);
        assertThat(moderation.flaggedByMyOrganisation(FlagTarget.submission(waiting.id()))).isFalse();
    }

    /** Moderators see how many organisations, the reasons and the notes; nobody sees who. */
    private void queue(Reader r) {
        if (!moderates(r)) {
            assertThatThrownBy(() -> moderation.queue(null, ALL))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> moderation.queueSize(null))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            return;
        }
        List<QueueItem> mine = moderation.queue(null, ALL).stream()
                .filter(i -> i.target().submission().equals(waiting.id()) || i.target().submission().equals(autoHidden.id()))
                .toList();
        assertThat(mine).hasSize(2);
        QueueItem first = mine.stream().filter(i -> i.target().submission().equals(waiting.id())).findFirst().orElseThrow();
        assertThat(first.organisations()).as("the pending organisation's refused flag is not there").isEqualTo(1);
        assertThat(first.reasons()).containsExactly(FlagReason.OTHER);
        assertThat(first.notes()).containsExactly(note);
        assertThat(first.hidden()).isFalse();
        QueueItem hidden = mine.stream().filter(i -> i.target().submission().equals(autoHidden.id())).findFirst().orElseThrow();
        assertThat(hidden.organisations()).isEqualTo(3);
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.reasons()).containsExactly(FlagReason.SPAM);
        for (QueueItem item : mine) {
            assertThat(item.toString()).doesNotContain(FLAGGER_NAMES.toArray(String[]::new));
        }
    }

    /**
     * The author's organisation is told how many organisations flagged and why, in categories; the
     * hidden reason says the same to the owner and moderators. Never the notes, never who.
     */
    private void autoHideNotice(Reader r) {
        if (r == Reader.ANONYMOUS) {
            assertThatThrownBy(notifications::latest).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        } else {
            List<Notification> told = notifications.latest().stream()
                    .filter(n -> n.kind().equals("content-hidden") && n.subjectTitle().equals(autoHidden.title())).toList();
            if (r == Reader.OWNER) {
                assertThat(told).singleElement().satisfies(n -> {
                    assertThat(n.detail()).isEqualTo("moderation.reason.spam");
                    assertThat(n.toString()).doesNotContain("Spam fra").doesNotContain(FLAGGER_NAMES.toArray(String[]::new));
                });
            } else {
                assertThat(told).isEmpty();
            }
        }
        if (r == Reader.OWNER || moderates(r)) {
            String reason = submissions.get(autoHidden.id()).hiddenReason();
            assertThat(reason).contains("3").contains("spam").doesNotContain("Spam fra")
                    .doesNotContain(FLAGGER_NAMES.toArray(String[]::new));
        } else {
            assertThatThrownBy(() -> submissions.get(autoHidden.id())).isInstanceOf(NotFoundException.class);
        }
    }

    /** Flags left 48 hours alert the forum's moderators, and nobody else. */
    private void flagAlert(Reader r) {
        if (r == Reader.ANONYMOUS) {
            assertThatThrownBy(notifications::latest).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            return;
        }
        List<Notification> alerted = notifications.latest().stream()
                .filter(n -> n.kind().equals("flag-alert") && n.subjectTitle().equals(waiting.title())).toList();
        assertThat(alerted).hasSize(r == Reader.MODERATOR ? 1 : 0);
        alerted.forEach(n -> assertThat(n.toString()).doesNotContain(note).doesNotContain("Utdanningsetaten"));
    }

    /** A member's export holds the flags they raised, never flags on their own content. */
    private void personalData(Reader r) {
        if (r == Reader.ANONYMOUS) {
            assertThatThrownBy(accounts::exportMyData).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            return;
        }
        JsonNode export;
        try {
            export = JSON.readTree(accounts.exportMyData());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<Long> flagged = new ArrayList<>();
        export.get("moderation").get("flags").forEach(f -> {
            long s = f.get("submission_id").asLong();
            if (s == waiting.id().value() || s == autoHidden.id().value()) {
                flagged.add(s);
            }
        });
        assertThat(flagged).isEqualTo(r == Reader.AGENCY || r == Reader.OTHER_SUPPLIER
                ? List.of(autoHidden.id().value()) : List.of());
        if (r == Reader.OWNER) {
            assertThat(export.toString()).doesNotContain(note).doesNotContain("Spam fra " + token);
        }
    }
}
