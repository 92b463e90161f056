package eu.buyzet.portal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Comments, interest marks and attachments on real PostgreSQL, as the different members see them. */
@PortalIntegrationTest
class ConversationServiceIT {

    private static final PageRequest PAGE = new PageRequest(0, 50);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired SubmissionService submissions;
    @Autowired eu.buyzet.portal.footprint.DeclarationService declarations;
    @Autowired CommentService comments;
    @Autowired InterestService interests;
    @Autowired AttachmentService attachments;
    @Autowired AuditTrail audit;
    @Autowired java.util.List<eu.buyzet.portal.shared.privacy.PersonalData> personalData;
    @Autowired JdbcClient jdbc;
    @Autowired eu.buyzet.portal.notification.NotificationService notifications;
    @TempDir Path temp;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    /** The audit part of the member's own personal data export. */
    private String auditExport(String email) {
        var member = TestUsers.signIn(security, jdbc, email).memberId();
        return personalData.stream().filter(p -> p.section().equals("audit")).findFirst().orElseThrow().export(member)
                .toString();
    }

    private Conversation conversation(Submission s) {
        return comments.conversation(submissions.page(s.id()), PAGE);
    }

    private Submission published(String email, SubmissionKind kind, String title) {
        as(email);
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_nb like 'Utslippsfri avfallshenting%'"
                + " or title_en = 'Zero-emission waste collection' order by id limit 1").query(Long.class).single());
        Submission draft = submissions.create(new SubmissionDraft(forum, kind, title, "", "", List.of("90511000-2")));
        return submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
    }

    @Test
    void members_comment_and_reply_one_level_deep_and_authors_edit_their_own_words() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov for samtale");
        as("supplier@demo.buyzet.eu");
        Comment question = comments.add(need.id(), null, "Hvor mange turer?");
        as("agency2@demo.buyzet.eu");
        Comment reply = comments.add(need.id(), question.id(), "Om lag 9 000.");
        assertThatThrownBy(() -> comments.add(need.id(), reply.id(), "Svar på svar"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("body", "validation.comment.reply-depth"));
        assertThatThrownBy(() -> comments.edit(question.id(), question.version(), "Endret av en annen"))
                .isInstanceOf(AccessDeniedException.class);

        as("supplier@demo.buyzet.eu");
        Comment edited = comments.edit(question.id(), question.version(), "Hvor mange turer i året?");
        assertThat(edited.edited()).isTrue();

        TestUsers.signOut(security);
        List<Comment> threads = conversation(need).threads();
        assertThat(threads).singleElement().satisfies(t -> {
            assertThat(t.body()).isEqualTo("Hvor mange turer i året?");
            assertThat(t.replies()).extracting(Comment::body).containsExactly("Om lag 9 000.");
        });
        assertThat(conversation(need).commentCount()).isEqualTo(2);
    }

    @Test
    void a_comment_with_a_nul_character_is_refused_whole_with_words_the_writer_can_act_on() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med kontrolltegn");
        as("supplier@demo.buyzet.eu");
        assertThatThrownBy(() -> comments.add(need.id(), null, "Limt inn\u0000 fra et regneark"))
                .satisfies(e -> assertThat(eu.buyzet.portal.shared.ui.UserFacingErrors.messageKey(e))
                        .isEqualTo("error.unstorable-character"));
        assertThat(jdbc.sql("select count(*) from submission_comment where submission_id = ?").param(need.id().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void the_conversation_offers_each_reader_exactly_what_the_service_lets_them_do() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med handlinger");
        as("supplier@demo.buyzet.eu");
        Comment question = comments.add(need.id(), null, "Hvor ofte?");
        Conversation author = conversation(need);
        assertThat(author.mayWrite()).isTrue();
        assertThat(author.permissions().get(question.id()))
                .containsExactlyInAnyOrder(CommentPermission.EDIT, CommentPermission.REPLY);
        as("agency2@demo.buyzet.eu");
        Comment reply = comments.add(need.id(), question.id(), "Hver uke.");
        Conversation other = conversation(need);
        assertThat(other.permissions().get(question.id())).containsExactly(CommentPermission.REPLY);
        assertThat(other.permissions().get(reply.id())).as("one level deep").containsExactly(CommentPermission.EDIT);

        as("moderator@demo.buyzet.eu");
        assertThat(conversation(need).permissions().get(question.id()))
                .containsExactlyInAnyOrder(CommentPermission.REPLY, CommentPermission.HIDE);
        comments.hide(question.id(), question.version(), "Utenfor tema");
        assertThat(conversation(need).permissions().get(question.id())).containsExactly(CommentPermission.RESTORE);

        as("agency2@demo.buyzet.eu");
        assertThat(conversation(need).permissions().get(question.id())).isEmpty();
        assertThatThrownBy(() -> comments.add(need.id(), question.id(), "Svar på skjult"))
                .as("what is not offered is refused").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("body", "validation.comment.not-open"));
        as("supplier@demo.buyzet.eu");
        assertThat(conversation(need).permissions().get(question.id())).as("a hidden comment is not edited").isEmpty();
        assertThatThrownBy(() -> comments.edit(question.id(), question.version(), "Endret"))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signOut(security);
        Conversation anonymous = conversation(need);
        assertThat(anonymous.mayWrite()).isFalse();
        assertThat(anonymous.permissions().values()).allMatch(java.util.Set::isEmpty);
    }

    @Test
    void a_hidden_comment_shows_its_words_and_reason_only_to_its_author_and_moderators() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med skjult kommentar");
        as("supplier@demo.buyzet.eu");
        Comment rude = comments.add(need.id(), null, "Upassende reklame");
        as("moderator@demo.buyzet.eu");
        assertThatThrownBy(() -> comments.hide(rude.id(), rude.version(), " "))
                .isInstanceOf(ValidationException.class);
        comments.hide(rude.id(), rude.version(), "Reklame hører ikke hjemme her");

        as("supplier@demo.buyzet.eu");
        assertThat(conversation(need).threads()).singleElement().satisfies(c -> {
            assertThat(c.hidden()).isTrue();
            assertThat(c.hiddenReason()).isEqualTo("Reklame hører ikke hjemme her");
            assertThat(c.body()).isEqualTo("Upassende reklame");
        });
        as("supplier2@demo.buyzet.eu");
        assertThat(conversation(need).threads()).singleElement().satisfies(c -> {
            assertThat(c.hidden()).isTrue();
            assertThat(c.body()).isEmpty();
            assertThat(c.hiddenReason()).isEmpty();
        });
        as("admin@demo.buyzet.eu");
        assertThat(audit.about("comment", rude.id(), 5)).extracting(e -> e.action()).contains("comment.hidden");
    }

    private List<String> commentNoticesFor(String email, String title) {
        return jdbc.sql("""
                        select n.detail from notification n join member m on m.id = n.member_id
                        where m.email = ? and n.kind = 'followed-activity' and n.subject_title = ?""")
                .params(email, title).query(String.class).list();
    }

    @Test
    void a_comment_by_a_member_of_an_organisation_awaiting_verification_waits_for_a_moderator_before_anyone_sees_it() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med ventende kommentar");
        as("agency2@demo.buyzet.eu");
        notifications.follow(eu.buyzet.portal.notification.SubscriptionKind.SUBMISSION, need.id().toString(), "følger");
        String pending = eu.buyzet.portal.TestOrganisations.pendingSupplier(jdbc, "Ukjent Leverandør AS");
        as(pending);
        assertThat(conversation(need).writingAwaitsReview()).isTrue();
        Comment sent = comments.add(need.id(), null, "Kjøp hos oss");
        assertThat(sent.status()).isEqualTo(CommentStatus.AWAITING_REVIEW);
        assertThat(conversation(need).threads()).extracting(Comment::id).containsExactly(sent.id());

        for (String other : List.of("supplier@demo.buyzet.eu", "agency@demo.buyzet.eu")) {
            as(other);
            assertThat(conversation(need).writingAwaitsReview()).isFalse();
            assertThat(conversation(need).threads()).as(other).isEmpty();
            assertThat(conversation(need).commentCount()).as(other).isZero();
            assertThatThrownBy(() -> comments.get(sent.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.add(need.id(), sent.id(), "Svar"))
                    .as("nobody replies to what they cannot see").isInstanceOf(NotFoundException.class);
        }
        TestUsers.signOut(security);
        assertThat(conversation(need).threads()).isEmpty();
        assertThat(commentNoticesFor("agency2@demo.buyzet.eu", need.title())).as("followers hear nothing yet").isEmpty();

        as("moderator@demo.buyzet.eu");
        assertThat(comments.awaitingReview(new PageRequest(0, 500))).extracting(w -> w.comment().id()).contains(sent.id());
        assertThatThrownBy(() -> comments.review(sent.id(), sent.version(), false, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "validation.required"));
        Comment published = comments.review(sent.id(), sent.version(), true, null);
        assertThat(published.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(comments.awaitingReview(new PageRequest(0, 500))).extracting(w -> w.comment().id())
                .doesNotContain(sent.id());
        assertThat(commentNoticesFor("agency2@demo.buyzet.eu", need.title())).containsExactly("new-comment");
        TestUsers.signOut(security);
        assertThat(conversation(need).threads()).extracting(Comment::body).containsExactly("Kjøp hos oss");

        // what the unverified member changes afterwards waits for review again
        as(pending);
        Comment changed = comments.edit(published.id(), published.version(), "Kjøp hos oss, billig");
        assertThat(changed.status()).isEqualTo(CommentStatus.AWAITING_REVIEW);
        as("supplier@demo.buyzet.eu");
        assertThat(conversation(need).threads()).isEmpty();
        as("admin@demo.buyzet.eu");
        assertThat(audit.about("comment", sent.id(), 5)).extracting(e -> e.action()).contains("comment.approved");
    }

    @Test
    void a_rejected_comment_shows_its_reason_to_its_author_only() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med avvist kommentar");
        String pending = eu.buyzet.portal.TestOrganisations.pendingSupplier(jdbc, "Avvist Leverandør AS");
        as(pending);
        Comment sent = comments.add(need.id(), null, "Reklame");
        as("moderator@demo.buyzet.eu");
        Comment rejected = comments.review(sent.id(), sent.version(), false, "Reklame er ikke tillatt");
        assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
        assertThatThrownBy(() -> comments.review(sent.id(), rejected.version(), true, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "validation.comment.not-awaiting-review"));
        as(pending);
        assertThat(comments.get(sent.id()).reviewReason()).isEqualTo("Reklame er ikke tillatt");
        as("agency@demo.buyzet.eu");
        assertThatThrownBy(() -> comments.get(sent.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.review(sent.id(), rejected.version(), true, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void suppliers_mark_interest_in_needs_and_only_the_author_and_moderators_see_who() {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med interesse");
        as("supplier@demo.buyzet.eu");
        assertThat(interests.mark(need.id())).isEqualTo(1);
        assertThat(interests.mark(need.id())).as("marking twice counts once").isEqualTo(1);
        assertThatThrownBy(() -> interests.interested(need.id(), PAGE)).isInstanceOf(AccessDeniedException.class);
        as("agency2@demo.buyzet.eu");
        assertThatThrownBy(() -> interests.mark(need.id())).as("agencies mark solutions, not needs")
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut(security);
        assertThat(interests.count(need.id())).isEqualTo(1);
        as("agency@demo.buyzet.eu");
        assertThat(interests.interested(need.id(), PAGE)).extracting(InterestedOrganisation::organisationName)
                .containsExactly("Grønn Håndverk AS");
        as("moderator@demo.buyzet.eu");
        assertThat(interests.interested(need.id(), PAGE)).hasSize(1);
        as("supplier@demo.buyzet.eu");
        assertThat(interests.unmark(need.id())).isZero();
    }

    @Test
    void agencies_mark_interest_in_solutions_but_not_in_their_own_organisations_posts() {
        Submission solution = published("supplier@demo.buyzet.eu", SubmissionKind.SOLUTION, "Løsning med interesse");
        assertThatThrownBy(() -> interests.mark(solution.id())).isInstanceOf(AccessDeniedException.class);
        as("agency@demo.buyzet.eu");
        assertThat(interests.mark(solution.id())).isEqualTo(1);
        Submission own = published("agency@demo.buyzet.eu", SubmissionKind.PROPOSAL, "Eget forslag");
        as("supplier@demo.buyzet.eu");
        assertThat(interests.mark(own.id())).isEqualTo(1);
    }

    @Test
    void attachment_types_are_recognised_from_content_not_from_the_name() throws IOException {
        Submission need = published("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med filer");
        Path pdf = Files.write(temp.resolve("plan.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Attachment added = attachments.add(need.id(), "../../plan.pdf", false, pdf);
        assertThat(added.type()).isEqualTo(AttachmentType.PDF);
        assertThat(added.fileName()).isEqualTo("plan.pdf");

        Path disguised = Files.write(temp.resolve("virus.pdf"), "MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> attachments.add(need.id(), "virus.pdf", false, disguised))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "validation.attachment.type"));
        Path zipNotOffice = zip(temp.resolve("archive.docx"), "readme.txt");
        assertThatThrownBy(() -> attachments.add(need.id(), "archive.docx", false, zipNotOffice))
                .isInstanceOf(ValidationException.class);
        Path docx = zip(temp.resolve("letter.bin"), "word/document.xml");
        assertThat(attachments.add(need.id(), "letter.bin", false, docx).type()).isEqualTo(AttachmentType.DOCX);
        Path xlsx = zip(temp.resolve("volumes.xlsx"), "xl/workbook.xml");
        assertThat(attachments.add(need.id(), "volumes.xlsx", false, xlsx).type()).isEqualTo(AttachmentType.XLSX);

        Path tooLarge = temp.resolve("big.pdf");
        try (OutputStream out = Files.newOutputStream(tooLarge)) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[(int) AttachmentService.MAX_BYTES]);
        }
        assertThatThrownBy(() -> attachments.add(need.id(), "big.pdf", false, tooLarge))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "validation.attachment.too-large"));
    }

    @Test
    void a_confidential_attachment_cannot_be_fetched_by_another_supplier_and_every_attempt_is_audited() throws IOException {
        Submission solution = published("supplier@demo.buyzet.eu", SubmissionKind.SOLUTION, "Løsning med prisliste");
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        content[0] = (byte) 0x89;
        System.arraycopy(new byte[] {'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, content, 1, 7);
        content[content.length - 1] = 42;
        Path png = Files.write(temp.resolve("prices.png"), content);
        Attachment secret = attachments.add(solution.id(), "prices.png", true, png);

        as("supplier2@demo.buyzet.eu");
        assertThat(attachments.list(solution.id())).isEmpty();
        assertThatThrownBy(() -> attachments.download(secret.id(), a -> OutputStream.nullOutputStream()))
                .isInstanceOf(NotFoundException.class);
        TestUsers.signOut(security);
        assertThatThrownBy(() -> attachments.download(secret.id(), a -> OutputStream.nullOutputStream()))
                .isInstanceOf(NotFoundException.class);

        as("agency@demo.buyzet.eu");
        ByteArrayOutputStream fetched = new ByteArrayOutputStream();
        attachments.download(secret.id(), a -> fetched);
        assertThat(fetched.toByteArray()).as("streamed in chunks, whole").isEqualTo(content);

        as("admin@demo.buyzet.eu");
        assertThat(audit.about("attachment", secret.id(), 10)).extracting(e -> e.action())
                .containsExactly("attachment.confidential-downloaded", "attachment.confidential-refused",
                        "attachment.confidential-refused", "attachment.added");

        // the rival's own data export must not tell it which ids are someone's confidential files
        assertThat(auditExport("supplier2@demo.buyzet.eu")).doesNotContain("confidential-refused");
        assertThat(auditExport("agency@demo.buyzet.eu")).as("what the member did stays in it")
                .contains("attachment.confidential-downloaded");
    }

    private static Path zip(Path file, String mainPart) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            String type = mainPart.startsWith("word/") ? "wordprocessingml.document.main" : "spreadsheetml.sheet.main";
            zip.write(("<Types><Override PartName=\"/" + mainPart + "\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument." + type + "+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
