package eu.buyzet.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.DisclosureChannels;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.privacy.PersonalData;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every channel through which a market dialogue leaves the portal, read as every kind of reader,
 * discloses exactly what {@link DialogueDisclosure} allows: no more, and no less.
 *
 * <p>One dialogue serves a joint-purchase proposal of the demo agency. Two suppliers take part;
 * each gives open and confidential written input and asks a question; the first supplier's
 * question is rephrased and answered, the second's waits. A one-to-one meeting with an online
 * link has the first supplier in its only slot and the second on the waiting list, and minutes.
 * Each fact carries a marker; each channel's output, as each reader gets it, is searched for every
 * marker, and the markers found must be exactly those in the channel's row for that reader.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogueDisclosureParityIT {

    // the facts, each a marker that cannot occur by chance
    static final String TITLE = "Paritetsdialog om varelevering";
    static final String A_ORIGINAL = "AORIG4401";
    static final String A_PUBLISHED = "APUB4402";
    static final String A_ANSWER = "AANSWER4403";
    static final String B_PENDING = "BPEND4404";
    static final String A_OPEN = "AOPEN7731";
    static final String A_SECRET = "ASECRET7732";
    static final String B_OPEN = "BOPEN7733";
    static final String B_SECRET = "BSECRET7734";
    static final String A_NAME = "Grønn Håndverk AS";
    static final String B_NAME = "Ren Retur Avfallsservice AS";
    static final String LINK = "LINK5501";
    static final String MINUTES = "MINUTES5502";
    static final String MY_SLOT = "my:slot0";
    static final String MY_WAITING = "my:waiting";
    static final String SLOT_INVITATION = "-slot-0@";
    static final String A_MINE = "mine:A";
    static final String B_MINE = "mine:B";
    static final String A_ASKED_AT = "askedAt:A";
    static final String B_ASKED_AT = "askedAt:B";
    static final String COUNT = "count:2";
    static final String WAITING_NAME = "(waiting)";
    static final String AGENCIES_VERSION = "Version for the buying agencies";
    static final String PARTICIPANTS_VERSION = "Version for participants";
    static final String PUBLIC_VERSION = "Public version";
    static final String NOTICE = "dialogue-answer";
    /** The title of the proposal the dialogue serves: the submission feature's fact. */
    static final String NEED = "NEED6601";

    static final List<String> MARKERS = List.of(TITLE, A_ORIGINAL, A_PUBLISHED, A_ANSWER, B_PENDING, A_OPEN, A_SECRET,
            B_OPEN, B_SECRET, A_NAME, B_NAME, LINK, MINUTES, MY_SLOT, MY_WAITING, SLOT_INVITATION, A_MINE, B_MINE,
            A_ASKED_AT, B_ASKED_AT, COUNT, WAITING_NAME, AGENCIES_VERSION, PARTICIPANTS_VERSION, PUBLIC_VERSION,
            NOTICE, NEED);

    static final String OUTSIDER_SUPPLIER = "parity-outsider@test.buyzet.eu";

    /** The readers, by role, organisation and relation to the dialogue. */
    enum Reader {
        ANONYMOUS(null),
        /** Ren Retur: takes part, and is the first supplier's rival. */
        RIVAL_PARTICIPANT("supplier2@demo.buyzet.eu"),
        /** A supplier that does not take part. */
        OUTSIDER_SUPPLIER(DialogueDisclosureParityIT.OUTSIDER_SUPPLIER),
        /** Grønn Håndverk: the first supplier, whose input and question these are. */
        OWNER_SUPPLIER("supplier@demo.buyzet.eu"),
        /** The agency whose proposal the dialogue serves. */
        DIALOGUE_AGENCY("agency@demo.buyzet.eu"),
        /** An agency the dialogue does not serve. */
        OTHER_AGENCY("agency3@demo.buyzet.eu"),
        FORUM_MODERATOR("moderator@demo.buyzet.eu"),
        ADMIN("admin@demo.buyzet.eu");

        final String email;

        Reader(String email) {
            this.email = email;
        }
    }

    @Autowired SecurityContextHolderStrategy security;
    @Autowired DialogueService dialogues;
    @Autowired DialoguePageService pages;
    @Autowired DialoguePhaseService phases;
    @Autowired DialogueQuestionService questions;
    @Autowired DialogueMeetingService meetings;
    @Autowired DialogueExportService exports;
    @Autowired SubmissionService submissions;
    @Autowired NotificationService notifications;
    @Autowired List<PersonalData> personalData;
    @Autowired WebApplicationContext web;
    @Autowired JdbcClient jdbc;

    Dialogue dialogue;
    Submission proposal;
    Meeting meeting;
    long meetingId;
    long questionA;
    long questionB;
    MockMvc api;

    @BeforeAll
    void buildTheDialogue() {
        api = MockMvcBuilders.webAppContextSetup(web).build();
        jdbc.sql("insert into organisation (name, kind, country, org_number) values ('Paritet Utenfor AS', 'SUPPLIER',"
                + " 'NO', '987650001') on conflict do nothing").update();
        jdbc.sql("""
                insert into member (organisation_id, email, display_name, roles, preferred_locale)
                select id, ?, 'Outsider', '{SUPPLIER}', 'en' from organisation where org_number = '987650001'
                on conflict do nothing""").param(OUTSIDER_SUPPLIER).update();

        ForumId schools = TestForums.byEnglishTitle(jdbc, "Goods delivery to schools");
        as(Reader.DIALOGUE_AGENCY);
        proposal = submissions.create(new SubmissionDraft(schools, SubmissionKind.PROPOSAL,
                "Felles varelevering for paritetstesten " + NEED, "", "", List.of("60100000-9")));
        proposal = submissions.publish(proposal.id(), proposal.version());

        as(Reader.FORUM_MODERATOR);
        Dialogue d = phases.create(new DialogueDetails(schools, proposal.id(), TITLE, "Hva kan markedet levere?",
                List.of("Hvilke kjøretøy?", "Når kan dere starte?"), Instant.now().plus(Duration.ofDays(14))));
        dialogue = phases.advance(d);
        Meeting m = meetings.addMeeting(dialogue, new MeetingDetails(MeetingKind.ONE_TO_ONE, "En-til-en",
                Instant.now().plus(Duration.ofDays(7)), 30, 1, null, "https://meet.example.org/" + LINK));
        meeting = m;
        meetingId = m.id();

        as(Reader.OWNER_SUPPLIER);
        phases.register(dialogue);
        questions.submitInput(dialogue, null, Map.of(0, "Elektriske lastebiler " + A_OPEN, 1, "Pris " + A_SECRET),
                Set.of(1));
        questionA = questions.ask(dialogue, A_ORIGINAL + " betaler Grønn Håndverk for lading ved Alnabru?").id();
        meetings.book(meeting);

        as(Reader.RIVAL_PARTICIPANT);
        phases.register(dialogue);
        questions.submitInput(dialogue, null, Map.of(0, "Sykler " + B_OPEN, 1, "Pris " + B_SECRET), Set.of(1));
        questionB = questions.ask(dialogue, B_PENDING + " hvor mange skoler?").id();
        assertThat(meetings.book(meeting).waitingListed()).isTrue();

        as(Reader.FORUM_MODERATOR);
        DialogueQuestion pending = page().questions().stream().map(DialoguePage.QuestionEntry::question).filter(q -> q.id() == questionA)
                .findFirst().orElseThrow();
        questions.answer(pending, A_PUBLISHED + " betaler kommunen for lading ved depotet?",
                A_ANSWER + " Ja.");
        jdbc.sql("update dialogue_meeting set starts_at = now() - interval '1 hour' where id = ?").param(meetingId)
                .update();
        meetings.publishMinutes(meeting, "Leverandøren viste lastebiler. " + MINUTES);
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    // ---- the channels, each read as the signed-in reader ------------------------------------------

    /** Each declared channel and what it gives the current reader, as text. */
    Map<String, Function<Reader, String>> channels() {
        Map<String, Function<Reader, String>> c = new LinkedHashMap<>();
        c.put("dialogue.details", r -> describe(dialogues.get(dialogue.id())) + "\n" + describe(page().dialogue()));
        c.put("dialogue.list", r -> dialogues.list(dialogue.forumId(), new PageRequest(0, 100)).stream()
                .filter(d -> d.id().equals(dialogue.id())).map(this::describe).collect(Collectors.joining("\n")));
        c.put("dialogue.search", r -> dialogues.find("paritetsdialog VARELEVERING", 100).stream()
                .filter(d -> d.id().equals(dialogue.id())).map(this::describe).collect(Collectors.joining("\n")));
        c.put("dialogue.questions", r -> questions(page().questions().stream().map(DialoguePage.QuestionEntry::question).toList()));
        c.put("dialogue.published-questions", r -> questions(dialogues.publishedQuestions(dialogue)));
        c.put("dialogue.inputs", r -> page().inputs().stream()
                .map(i -> i.organisationName() + " " + i.answer() + (i.confidential() ? " (c)" : ""))
                .collect(Collectors.joining("\n")));
        c.put("dialogue.participants", r -> {
            DialogueParticipants p = page().participants();
            return "count:" + p.count() + " " + p.named().stream().map(Participant::name).collect(Collectors.joining(", "));
        });
        c.put("dialogue.meetings", r -> meetings(page().meetings().stream().map(DialoguePage.MeetingEntry::meeting).toList()));
        c.put("dialogue.public-meetings", r -> meetings(dialogues.publicMeetings(dialogue)));
        c.put("dialogue.bookings", r -> page().meetings().stream().filter(m -> m.meeting().id() == meetingId)
                .flatMap(m -> m.bookings().stream())
                .map(b -> b.organisationName() + (b.waiting() ? " " + WAITING_NAME : "")).collect(Collectors.joining("\n")));
        c.put("dialogue.timeline", r -> page().timeline().stream()
                .map(e -> e.step() + (e.detail() == null ? "" : ": " + e.detail())).collect(Collectors.joining("\n")));
        c.put("dialogue.invitation-ics", r -> unfold(exports.invitation(meeting, "https://portal.example", java.util.Locale.ENGLISH)));
        c.put("dialogue.report-pdf", r -> pdfText(exports.report(dialogue, java.util.Locale.ENGLISH)));
        c.put("dialogue.api-list", r -> get("/api/v1/dialogues?size=100"));
        c.put("dialogue.api-dialogue", r -> get("/api/v1/dialogues/" + dialogue.id()));
        c.put("dialogue.api-questions", r -> get("/api/v1/dialogues/" + dialogue.id() + "/questions"));
        c.put("dialogue.answer-notification", r -> r == Reader.ANONYMOUS ? "" : answerNotice(r));
        c.put("dialogue.personal-data", r -> r == Reader.ANONYMOUS ? "" : personalData(r));
        return c;
    }

    // ---- the policy, channel by channel: what each reader must find -------------------------------

    /** Facts every reader who sees the dialogue gets on the page's channels. */
    static final Set<String> PUBLIC_QA = Set.of(A_PUBLISHED, A_ANSWER);

    Set<String> expected(String channel, Reader r) {
        boolean insider = r == Reader.DIALOGUE_AGENCY || r == Reader.FORUM_MODERATOR || r == Reader.ADMIN;
        boolean a = r == Reader.OWNER_SUPPLIER;
        boolean b = r == Reader.RIVAL_PARTICIPANT;
        return switch (channel) {
            // the page names the proposal it serves, visible to all in this public forum; lists and the API do not
            case "dialogue.details" -> Set.of(TITLE, NEED);
            case "dialogue.list", "dialogue.search", "dialogue.api-list", "dialogue.api-dialogue" -> Set.of(TITLE);
            case "dialogue.published-questions", "dialogue.api-questions" -> PUBLIC_QA;
            case "dialogue.questions" -> insider ? set(PUBLIC_QA, A_ORIGINAL, B_PENDING, A_NAME, B_NAME, A_ASKED_AT, B_ASKED_AT)
                    : a ? set(PUBLIC_QA, A_ORIGINAL, A_MINE, A_ASKED_AT)
                    : b ? set(PUBLIC_QA, B_PENDING, B_MINE, B_ASKED_AT)
                    : PUBLIC_QA;
            case "dialogue.inputs" -> insider ? Set.of(A_OPEN, A_SECRET, B_OPEN, B_SECRET, A_NAME, B_NAME)
                    : a ? Set.of(A_OPEN, A_SECRET, A_NAME)
                    : b ? Set.of(B_OPEN, B_SECRET, B_NAME)
                    : Set.of();
            case "dialogue.participants" -> insider ? Set.of(COUNT, A_NAME, B_NAME)
                    : a ? Set.of(COUNT, A_NAME) : b ? Set.of(COUNT, B_NAME) : Set.of(COUNT);
            case "dialogue.meetings" -> insider ? Set.of(LINK, MINUTES)
                    : a ? Set.of(LINK, MINUTES, MY_SLOT) : b ? Set.of(LINK, MINUTES, MY_WAITING) : Set.of();
            case "dialogue.public-meetings" -> Set.of();
            case "dialogue.bookings" -> insider ? Set.of(A_NAME, B_NAME, WAITING_NAME) : Set.of();
            case "dialogue.timeline" -> insider ? Set.of(TITLE, A_NAME, B_NAME) : Set.of(TITLE);
            case "dialogue.invitation-ics" -> insider || b ? Set.of(TITLE, LINK)
                    : a ? Set.of(TITLE, LINK, SLOT_INVITATION) : Set.of(TITLE);
            case "dialogue.report-pdf" -> insider ? set(PUBLIC_QA, TITLE, NEED, AGENCIES_VERSION, A_ORIGINAL, A_NAME,
                    B_NAME, A_OPEN, A_SECRET, B_OPEN, B_SECRET, LINK, MINUTES)
                    : a ? set(PUBLIC_QA, TITLE, NEED, PARTICIPANTS_VERSION, A_ORIGINAL, A_NAME, A_OPEN, A_SECRET, LINK,
                    MINUTES)
                    : b ? set(PUBLIC_QA, TITLE, NEED, PARTICIPANTS_VERSION, B_NAME, B_OPEN, B_SECRET, LINK, MINUTES)
                    : set(PUBLIC_QA, TITLE, NEED, PUBLIC_VERSION);
            case "dialogue.answer-notification" -> a || b ? Set.of(TITLE, NOTICE) : Set.of();
            case "dialogue.personal-data" -> a ? set(PUBLIC_QA, A_ORIGINAL, A_OPEN, A_SECRET)
                    : b ? Set.of(B_PENDING, B_OPEN, B_SECRET) : Set.of();
            default -> throw new IllegalArgumentException("No row for channel " + channel);
        };
    }

    @TestFactory
    Stream<DynamicTest> every_channel_gives_each_reader_exactly_what_the_policy_allows() {
        List<DynamicTest> tests = new ArrayList<>();
        channels().forEach((channel, read) -> {
            for (Reader r : Reader.values()) {
                tests.add(DynamicTest.dynamicTest(channel + " as " + r, () -> {
                    as(r);
                    String text = read.apply(r).replaceAll("\\s+", " ");
                    Set<String> found = MARKERS.stream().filter(text::contains).collect(Collectors.toCollection(TreeSet::new));
                    assertThat(found).as("%s as %s gave: %s", channel, r, text)
                            .containsExactlyInAnyOrderElementsOf(expected(channel, r));
                }));
            }
        });
        return tests.stream();
    }

    @Test
    void every_declared_dialogue_channel_has_a_row_and_every_row_a_channel() {
        assertThat(channels().keySet()).containsExactlyInAnyOrderElementsOf(DisclosureChannels.of("dialogue"));
    }

    @Test
    void the_title_of_a_proposal_a_moderator_hid_leaves_the_dialogue_page_and_report_for_all_but_its_agency_and_moderators() {
        as(Reader.FORUM_MODERATOR);
        Submission hidden = submissions.hide(proposal.id(), submissions.get(proposal.id()).version(), "parity test");
        try {
            for (Reader r : Reader.values()) {
                as(r);
                boolean sees = r == Reader.DIALOGUE_AGENCY || r == Reader.FORUM_MODERATOR || r == Reader.ADMIN;
                String page = describe(dialogues.get(dialogue.id())) + " " + describe(page().dialogue());
                String report = pdfText(exports.report(dialogue, java.util.Locale.ENGLISH));
                assertThat(page.contains(NEED)).as("page as %s", r).isEqualTo(sees);
                assertThat(report.contains(NEED)).as("report as %s", r).isEqualTo(sees);
            }
        } finally {
            as(Reader.FORUM_MODERATOR);
            proposal = submissions.restore(proposal.id(), hidden.version());
        }
    }

    @Test
    void a_rival_supplier_and_an_anonymous_visitor_get_no_written_input_in_the_report() {
        for (Reader r : List.of(Reader.RIVAL_PARTICIPANT, Reader.ANONYMOUS, Reader.OUTSIDER_SUPPLIER)) {
            as(r);
            String text = pdfText(exports.report(dialogue, java.util.Locale.ENGLISH)).replaceAll("\\s+", " ");
            assertThat(text).as(r.name()).doesNotContain(A_OPEN).doesNotContain(A_SECRET).doesNotContain(A_NAME)
                    .doesNotContain(A_ORIGINAL).contains(A_PUBLISHED);
        }
    }

    @Test
    void the_answer_notice_is_mailed_to_both_participants_without_the_question_or_who_asked() {
        for (Reader r : List.of(Reader.OWNER_SUPPLIER, Reader.RIVAL_PARTICIPANT)) {
            List<String> mails = jdbc.sql("""
                            select o.subject || ' ' || o.body from mail_outbox o join member m on m.id = o.member_id
                            where m.email = ? and o.body ~ ?""")
                    .params(r.email, "dialogues/" + dialogue.id() + "([^0-9]|$)").query(String.class).list();
            assertThat(mails).as(r.name()).singleElement().asString().contains(TITLE).doesNotContain(A_ORIGINAL)
                    .doesNotContain(A_PUBLISHED).doesNotContain(A_ANSWER).doesNotContain("Grønn Håndverk")
                    .doesNotContain(B_NAME);
        }
    }

    @Test
    void another_agency_is_no_insider_of_a_dialogue_that_serves_someone_elses_proposal() {
        as(Reader.OTHER_AGENCY);
        DialogueAccess access = pages.page(dialogue.id()).access();
        assertThat(access.seesAllInput()).isFalse();
        assertThat(access.answers()).isFalse();
        as(Reader.DIALOGUE_AGENCY);
        assertThat(pages.page(dialogue.id()).access()).satisfies(x -> {
            assertThat(x.seesAllInput()).isTrue();
            assertThat(x.answers()).isTrue();
            assertThat(x.runs()).as("only the forum's moderators run it").isFalse();
        });
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The dialogue's page as the signed-in reader gets it. */
    private DialoguePage page() {
        return pages.page(dialogue.id());
    }

    private void as(Reader r) {
        if (r.email == null) {
            TestUsers.signOut(security);
        } else {
            TestUsers.signIn(security, jdbc, r.email);
        }
    }

    private String describe(Dialogue d) {
        return String.join(" ", d.title(), d.purpose(), String.join(" ", d.questions()), d.phase().name(),
                String.valueOf(d.lockedReason()), String.valueOf(d.submissionTitle()));
    }

    private String questions(List<DialogueQuestion> questions) {
        return questions.stream().map(q -> {
            String who = q.id() == questionA ? "A" : q.id() == questionB ? "B" : "?";
            return String.join(" | ", q.text(), String.valueOf(q.originalText()), String.valueOf(q.answer()),
                    String.valueOf(q.askerName()), q.mine() ? "mine:" + who : "",
                    q.askedAt() != null ? "askedAt:" + who : "");
        }).collect(Collectors.joining("\n"));
    }

    private String meetings(List<Meeting> meetings) {
        return meetings.stream().filter(m -> m.id() == meetingId).map(m -> String.join(" | ", m.title(),
                String.valueOf(m.place()), String.valueOf(m.onlineLink()), String.valueOf(m.minutes()),
                "booked " + m.booked() + " waiting " + m.waiting(),
                m.waitingListed() ? MY_WAITING : m.myBooking() ? "my:slot" + m.mySeat() : ""))
                .collect(Collectors.joining("\n"));
    }

    private String get(String path) {
        try {
            return api.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reader's notifications about the dialogue, and the mails queued to them about it. */
    private String answerNotice(Reader r) {
        String link = "dialogues/" + dialogue.id();
        String inApp = notifications.latest().stream().filter(n -> link.equals(n.link()))
                .map(n -> n.kind() + " " + n.detail() + " " + n.subjectTitle()).collect(Collectors.joining("\n"));
        String mail = jdbc.sql("""
                        select o.subject || ' ' || o.body from mail_outbox o join member m on m.id = o.member_id
                        where m.email = ? and o.body ~ ?""")
                .params(r.email, link + "([^0-9]|$)").query(String.class).list().stream().collect(Collectors.joining("\n"));
        return inApp + "\n" + mail;
    }

    private String personalData(Reader r) {
        PortalUser user = TestUsers.signIn(security, jdbc, r.email);
        return personalData.stream().filter(p -> p.section().equals("dialogues")).findFirst().orElseThrow()
                .export(user.memberId()).toString();
    }

    /** iCalendar folds long lines; the facts are searched in the unfolded text. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> set(Set<String> base, String... more) {
        Set<String> out = new TreeSet<>(base);
        out.addAll(List.of(more));
        return out;
    }
}
