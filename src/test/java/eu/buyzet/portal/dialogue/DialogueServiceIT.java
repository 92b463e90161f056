package eu.buyzet.portal.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupLifecycle;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupShares;
import eu.buyzet.portal.buyergroup.DemandUnit;
import eu.buyzet.portal.buyergroup.FootprintSource;
import eu.buyzet.portal.buyergroup.MemberShare;
import eu.buyzet.portal.buyergroup.NoticeReference;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class DialogueServiceIT {

    static final String MODERATOR = "moderator@demo.buyzet.eu";
    static final String SUPPLIER_A = "supplier@demo.buyzet.eu";
    static final String SUPPLIER_B = "supplier2@demo.buyzet.eu";
    static final String AGENCY = "agency@demo.buyzet.eu";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired DialogueService dialogues;
    @Autowired DialoguePageService pages;
    @Autowired DialoguePhaseService phases;
    @Autowired DialogueQuestionService questions;
    @Autowired DialogueMeetingService meetings;
    @Autowired DialogueExportService exports;
    @Autowired SubmissionService submissions;
    @Autowired BuyerGroupService groups;
    @Autowired BuyerGroupLifecycle lifecycle;
    @Autowired BuyerGroupShares shares;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;
    @Autowired eu.buyzet.portal.notification.NotificationService notifications;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private ForumId forum(String titleEn) {
        return eu.buyzet.portal.TestForums.byEnglishTitle(jdbc, titleEn);
    }

    /** An open dialogue in the public waste forum, run by the demo moderator, with both suppliers registered. */
    private Dialogue openDialogue(String title, SubmissionId forSubmission, ForumId forum) {
        as(MODERATOR);
        Dialogue d = phases.create(new DialogueDetails(forum, forSubmission, title, "Hva kan markedet levere?",
                List.of("Hvilke kjøretøy kan dere stille?", "Når kan dere starte?"), Instant.now().plus(Duration.ofDays(14))));
        d = phases.advance(d);
        assertThat(d.phase()).isEqualTo(DialoguePhase.OPEN);
        as(SUPPLIER_A);
        phases.register(d);
        as(SUPPLIER_B);
        phases.register(d);
        return d;
    }

    private Dialogue openDialogue(String title) {
        return openDialogue(title, null, forum("Zero-emission waste collection"));
    }

    @Test
    void an_answer_reaches_every_participant_at_once_and_no_other_supplier_learns_who_asked() {
        Dialogue d = openDialogue("Dialog om avfallsbiler");
        as(SUPPLIER_A);
        assertThatThrownBy(() -> questions.ask(d, " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("question", "validation.required"));
        DialogueQuestion asked = questions.ask(d, "Grønn Håndverk lurer på om ladeinfrastruktur dekkes?");
        assertThat(asked.mine()).isTrue();
        as(SUPPLIER_B);
        assertThat(questionsOf(d)).as("a pending question is for the asker and the insiders").isEmpty();
        as(SUPPLIER_A);
        assertThatThrownBy(() -> questions.answer(asked, "x", "y"))
                .isInstanceOf(AccessDeniedException.class);

        as(MODERATOR);
        DialogueQuestion pending = questionsOf(d).getFirst();
        assertThat(pending.askerName()).isEqualTo("Grønn Håndverk AS");
        DialogueQuestion answered = questions.answer(pending, "Dekkes ladeinfrastruktur?",
                "Ja, ved depotet.");
        assertThat(answered.originalText()).startsWith("Grønn Håndverk lurer");
        assertThatThrownBy(() -> questions.answer(pending, "a", "b"))
                .as("published once").isInstanceOf(eu.buyzet.portal.shared.ConcurrentEditException.class);

        as(SUPPLIER_B);
        assertThat(notifications.latest()).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("dialogue-answer");
            assertThat(n.link()).isEqualTo("dialogues/" + d.id());
        });
        assertThat(questionsOf(d)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Dekkes ladeinfrastruktur?");
            assertThat(q.answer()).isEqualTo("Ja, ved depotet.");
            assertThat(q.askerName()).isNull();
            assertThat(q.originalText()).as("the original wording could give the asker away").isNull();
            assertThat(q.mine()).isFalse();
        });
        TestUsers.signOut(security);
        assertThat(dialogues.publishedQuestions(d)).singleElement()
                .satisfies(q -> assertThat(q.askerName()).isNull());
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'dialogue' and subject_id = ?")
                .param(d.id().toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void of_two_colleagues_giving_their_organisations_input_the_second_is_told_and_no_answer_is_wiped() {
        Dialogue d = openDialogue("Dialog, to kolleger");
        as(SUPPLIER_A);
        List<DialogueInput> first = questions.submitInput(d, null, Map.of(0, "Elektriske lastebiler",
                1, "Oppstart 2027"), Set.of());
        // a colleague's form, opened before, had no input in it
        assertThatThrownBy(() -> questions.submitInput(d, null, Map.of(1, "Oppstart 2028"), Set.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(pages.page(d.id()).inputs()).extracting(DialogueInput::answer)
                .containsExactlyInAnyOrder("Elektriske lastebiler", "Oppstart 2027");

        List<DialogueInput> changed = questions.submitInput(d, DialogueInput.savedAt(first),
                Map.of(0, "Elektriske lastebiler", 1, "Oppstart 2028"), Set.of());
        assertThat(changed).extracting(DialogueInput::answer).contains("Oppstart 2028");
    }

    @Test
    void no_question_is_taken_after_the_clarification_deadline_even_through_the_service() {
        Dialogue d = openDialogue("Dialog med frist");
        jdbc.sql("update dialogue set clarification_deadline = now() - interval '1 minute' where id = ?")
                .param(d.id().value()).update();
        as(SUPPLIER_A);
        assertThatThrownBy(() -> questions.ask(d, "For sent?")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("question", "validation.dialogue.deadline-passed"));
        assertThat(pages.page(d.id()).access()).as("the page offers what the service takes").satisfies(a -> {
            assertThat(a.mayAsk()).isFalse();
            assertThat(a.mayGiveInput()).isTrue();
        });
        assertThat(dialogues.get(d.id()).takesQuestions(Instant.now())).isFalse();
        as("supplier2@demo.buyzet.eu");
        assertThat(questions.submitInput(d, null, Map.of(0, "Elektriske lastebiler"), Set.of())).hasSize(1);
    }

    @Test
    void a_tender_notice_on_the_linked_buyer_group_locks_the_dialogue_for_questions_and_input() {
        as("agency@demo.buyzet.eu");
        ForumId schools = forum("Goods delivery to schools");
        Submission p = submissions.create(new SubmissionDraft(schools, SubmissionKind.PROPOSAL, "Felles innkjøp med dialog",
                "", "", List.of("60100000-9")));
        submissions.publish(p.id(), p.version());
        Dialogue d = openDialogue("Dialog før konkurranse", p.id(), schools);
        as(SUPPLIER_A);
        questions.ask(d, "Før låsen");

        String[] emails = {"agency@demo.buyzet.eu", "agency2@demo.buyzet.eu"};
        as(emails[0]);
        BuyerGroup g = lifecycle.form(p.id(), null, null);
        for (String email : emails) {
            as(email);
            long contract = contracts.create(new ContractDetails("Levering", null, List.of("60100000-9"), "AS", null, "NOK",
                    null, List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10)))).id().value();
            shares.join(g, new MemberShare(BigDecimal.TEN, DemandUnit.TRIPS_PER_YEAR, null, "NOK",
                    new FootprintSource(FootprintSource.Kind.CONTRACT, contract), "Kontakt", "k@example.org",
                    Set.of(), true));
            shares.signLetterOfIntent(g, "Navn " + email);
        }
        as(emails[0]);
        BuyerGroup committed = lifecycle.commit(groups.get(g.id()));
        lifecycle.startTendering(committed, new NoticeReference(NoticeReference.System.TED,
                "654321-2026", "https://ted.europa.eu/en/notice/-/detail/654321-2026"));

        Dialogue locked = dialogues.get(d.id());
        assertThat(locked.locked()).isTrue();
        assertThat(locked.lockedReason()).contains("TED 654321-2026");
        as(SUPPLIER_B);
        assertThatThrownBy(() -> questions.ask(d, "Etter låsen?")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("question", "validation.dialogue.locked"));
        assertThatThrownBy(() -> questions.submitInput(d, null, Map.of(0, "Innspill"), Set.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("input", "validation.dialogue.locked"));
        assertThat(pages.page(d.id()).access()).as("a locked dialogue offers no question and no input")
                .satisfies(a -> {
                    assertThat(a.mayAsk()).isFalse();
                    assertThat(a.mayGiveInput()).isFalse();
                    assertThat(a.participant()).isTrue();
                });
        as(MODERATOR);
        assertThat(pages.page(d.id()).access().nextPhase()).as("the page offers only closing")
                .isEqualTo(DialoguePhase.CLOSED);
        assertThat(phases.advance(locked).phase()).as("a locked dialogue can only close")
                .isEqualTo(DialoguePhase.CLOSED);
        assertThat(pages.page(d.id()).timeline()).extracting(DialogueEvent::step).contains("locked", "phase-closed");
    }

    @Test
    void a_supplier_never_sees_another_suppliers_confidential_input_by_any_route() throws Exception {
        Dialogue d = openDialogue("Dialog med fortrolige innspill");
        as(SUPPLIER_A);
        questions.submitInput(d, null, Map.of(0, "HEMMELIG-PRIS-4711", 1, "Offentlig oppstart 2027"), Set.of(0));
        as(SUPPLIER_B);
        questions.submitInput(d, null, Map.of(1, "Vi starter i 2028"), Set.of());

        // the other supplier: neither the confidential nor the open part of a rival's input, by any route
        assertThat(pages.page(d.id()).inputs()).extracting(DialogueInput::answer).containsExactly("Vi starter i 2028");
        assertThat(pdfText(exports.report(d, java.util.Locale.ENGLISH))).doesNotContain("HEMMELIG-PRIS-4711")
                .doesNotContain("Offentlig oppstart 2027").contains("Vi starter i 2028");
        // the public
        TestUsers.signOut(security);
        assertThat(pages.page(d.id()).inputs()).isEmpty();
        assertThat(pdfText(exports.report(d, java.util.Locale.ENGLISH))).doesNotContain("HEMMELIG-PRIS-4711");
        // the supplier itself, an agency and the moderator
        for (String insider : List.of(SUPPLIER_A, AGENCY, MODERATOR)) {
            as(insider);
            assertThat(pages.page(d.id()).inputs()).as(insider).extracting(DialogueInput::answer)
                    .contains("HEMMELIG-PRIS-4711");
        }
        as(AGENCY);
        assertThat(pdfText(exports.report(d, java.util.Locale.ENGLISH))).contains("HEMMELIG-PRIS-4711").contains("(confidential)");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'market-dialogue.report' and subject_id = ?")
                .param(d.id().toString()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void the_report_holds_every_published_question_and_answer() throws Exception {
        Dialogue d = openDialogue("Dialog med rapport");
        as(SUPPLIER_A);
        DialogueQuestion q = questions.ask(d, "Hvor lange er kontraktene?");
        as(MODERATOR);
        questions.answer(questionsOf(d).getFirst(), "Hvor lange er kontraktene?",
                "Fire år med opsjon på to.");
        as(SUPPLIER_B);
        String text = pdfText(exports.report(d, java.util.Locale.ENGLISH));
        assertThat(text).contains("Market dialogue report: Dialog med rapport").contains("Hvor lange er kontraktene?")
                .contains("Fire år med opsjon på to.").contains("Participants (2)").contains("Version for participants")
                .doesNotContain("Asked by").doesNotContain("Grønn Håndverk AS");
        as(AGENCY);
        assertThat(pdfText(exports.report(d, java.util.Locale.ENGLISH))).contains("Asked by Grønn Håndverk AS");
    }

    @Test
    void a_norwegian_reader_gets_the_report_in_bokmal_and_typed_sami_letters_print_as_typed() throws Exception {
        Dialogue d = openDialogue("Dialog for Guovdageaidnu");
        as(SUPPLIER_A);
        questions.ask(d, "Gjelder det Čáhcesuolu og Ŋuorri også?");
        as(MODERATOR);
        questions.answer(questionsOf(d).getFirst(), "Gjelder det Čáhcesuolu og Ŋuorri også?", "Ja, đ og ŧ også.");
        as(AGENCY);
        // a long title wraps onto a second line in the PDF
        String text = pdfText(exports.report(d, java.util.Locale.forLanguageTag("nb-NO"))).replaceAll("\\s+", " ");
        assertThat(text).contains("Rapport fra markedsdialog: Dialog for Guovdageaidnu")
                .contains("Versjon for de innkjøpende virksomhetene").contains("Spørsmål og svar")
                .contains("Stilt av Grønn Håndverk AS")
                .contains("Gjelder det Čáhcesuolu og Ŋuorri også?").contains("Ja, đ og ŧ også.")
                .contains("Fase: Åpen").doesNotContain("Market dialogue report").doesNotContain("#");
        assertThat(pdfText(exports.report(d, java.util.Locale.GERMAN)).replaceAll("\\s+", " "))
                .as("a language the portal does not speak")
                .contains("Market dialogue report: Dialog for Guovdageaidnu");
    }

    @Test
    void meetings_fill_up_into_a_waiting_list_and_the_first_waiting_moves_up() throws Exception {
        Dialogue d = openDialogue("Dialog med møter");
        as(MODERATOR);
        Instant start = ZonedDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(10).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).toInstant();
        assertThatThrownBy(() -> meetings.addMeeting(d, new MeetingDetails(MeetingKind.ONE_TO_ONE, "", start, 3,
                0, "", "http://insecure.example"))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsKeys("title", "slotMinutes", "capacity", "onlineLink"));
        Meeting m = meetings.addMeeting(d, new MeetingDetails(MeetingKind.ONE_TO_ONE, "En-til-en", start, 30, 1,
                "Rådhuset, rom 3", null));
        as(SUPPLIER_A);
        Meeting a = meetings.book(m);
        assertThat(a.mySeat()).isZero();
        assertThatThrownBy(() -> meetings.book(m)).isInstanceOf(ValidationException.class);
        as(SUPPLIER_B);
        Meeting b = meetings.book(m);
        assertThat(b.waitingListed()).isTrue();
        assertThat(b.booked()).isEqualTo(1);
        assertThat(b.waiting()).isEqualTo(1);
        as(SUPPLIER_A);
        meetings.cancelBooking(m);
        as(SUPPLIER_B);
        Meeting moved = meetingsOf(d).getFirst();
        assertThat(moved.mySeat()).as("the waiting supplier takes the freed slot").isZero();

        Calendar calendar = new CalendarBuilder().build(new StringReader(exports.invitation(m,
                "https://portal.example", java.util.Locale.forLanguageTag("nb"))));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Dialog med møter: En-til-en");
        assertThat(event.getLocation().getValue()).isEqualTo("Rådhuset, rom 3");
        assertThat(ZonedDateTime.parse(event.getDateTimeStart().getValue(),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("Europe/Oslo")))
                .toInstant()).isEqualTo(start);

        as(MODERATOR);
        assertThatThrownBy(() -> meetings.publishMinutes(m, "Referat")).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("minutes", "validation.dialogue.minutes-before-meeting"));
        jdbc.sql("update dialogue_meeting set starts_at = now() - interval '1 hour' where id = ?").param(m.id()).update();
        assertThat(meetings.publishMinutes(m, "Leverandøren viste elektriske lastebiler.").minutes())
                .isEqualTo("Leverandøren viste elektriske lastebiler.");
        as(SUPPLIER_A);
        assertThat(meetingsOf(d).getFirst().minutes()).startsWith("Leverandøren");
        assertThat(pages.page(d.id()).meetings().getFirst().bookings()).as("who booked is for the insiders").isEmpty();
        as(MODERATOR);
        assertThat(pages.page(d.id()).meetings().getFirst().bookings())
                .containsExactly(new Booking("Ren Retur Avfallsservice AS", false));
    }

    @Test
    void only_the_forums_moderators_open_and_run_a_dialogue() {
        as(AGENCY);
        assertThatThrownBy(() -> phases.create(new DialogueDetails(forum("Zero-emission waste collection"), null, "t",
                "p", List.of(), Instant.now().plusSeconds(3600)))).isInstanceOf(AccessDeniedException.class);
        Dialogue d = openDialogue("Dialog som bare moderatoren styrer");
        for (String who : List.of(AGENCY, SUPPLIER_A)) {
            as(who);
            assertThatThrownBy(() -> phases.advance(dialogues.get(d.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.addMeeting(d, new MeetingDetails(MeetingKind.PLENARY, "m",
                    Instant.now().plusSeconds(86400), 60, 10, "Sted", null))).isInstanceOf(AccessDeniedException.class);
        }
        as("agency2@demo.buyzet.eu");
        assertThatThrownBy(() -> phases.register(d)).isInstanceOf(AccessDeniedException.class);
        as(MODERATOR);
        assertThatThrownBy(() -> phases.create(new DialogueDetails(forum("Zero-emission waste collection"), null, "",
                "", List.of(), Instant.now().minusSeconds(60)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("title", "purpose", "clarificationDeadline"));
    }

    private List<DialogueQuestion> questionsOf(Dialogue d) {
        return pages.page(d.id()).questions().stream().map(DialoguePage.QuestionEntry::question).toList();
    }

    private List<Meeting> meetingsOf(Dialogue d) {
        return pages.page(d.id()).meetings().stream().map(DialoguePage.MeetingEntry::meeting).toList();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
