package eu.buyzet.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestFootprints;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class SignUpServiceIT {

    @Autowired SignUpService signUps;
    @Autowired OrganisationService organisations;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired MemberService members;
    @Autowired eu.buyzet.portal.security.PortalUserDirectory directory;
    @Value("${buyzet.signup.rate-limit.capacity:10}") int perClientBurst;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** The confirmation link, as the mail in the outbox carries it. */
    private String tokenMailedTo(String email) {
        String body = jdbc.sql("select body from mail_outbox where to_address = ? order by id desc limit 1")
                .param(email).query(String.class).single();
        Matcher m = Pattern.compile("/sign-up/confirm/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("a confirmation link in: " + body).isTrue();
        return m.group(1);
    }

    /** Each call from a client of its own, so the per-client limit is met only where a test means it. */
    private void request(SignUpForm form) {
        signUps.request(form, "test-" + java.util.UUID.randomUUID());
    }

    private record Mail(String subject, String body) {
    }

    private Mail lastMailTo(String email) {
        return jdbc.sql("select subject, body from mail_outbox where lower(to_address) = lower(?) order by id desc limit 1")
                .param(email).query((rs, n) -> new Mail(rs.getString(1), rs.getString(2))).single();
    }

    private static SignUpForm form(String orgNumber, String email) {
        return new SignUpForm("Elektrisk Levering AS", "NO", orgNumber, null, "Siri Sykkel", email,
                "et langt passord 123", "nb", true);
    }

    @Test
    void every_problem_in_a_sign_up_is_named_at_its_field_and_nothing_is_kept() {
        int before = jdbc.sql("select count(*) from sign_up").query(Integer.class).single();
        assertThatThrownBy(() -> request(new SignUpForm(" ", "NO", "123456789", null, "", "not-an-email",
                "short", "nb", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("organisationName", "validation.required")
                        .containsEntry("orgNumber", "validation.organisation.number-invalid")
                        .containsEntry("displayName", "validation.required")
                        .containsEntry("email", "validation.email")
                        .containsEntry("password", "validation.password.too-short")
                        .containsEntry("privacy", "validation.signup.privacy"));
        assertThat(jdbc.sql("select count(*) from sign_up").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void a_confirmed_supplier_posts_into_pre_moderation_until_a_moderator_verifies_it() {
        request(form("310000027", "siri@elektrisklevering.no"));
        assertThat(jdbc.sql("select count(*) from member where email = 'siri@elektrisklevering.no'")
                .query(Integer.class).single()).as("nothing exists before the address is confirmed").isZero();
        String token = tokenMailedTo("siri@elektrisklevering.no");

        assertThat(signUps.confirm(token)).isEqualTo("siri@elektrisklevering.no");
        assertThatThrownBy(() -> signUps.confirm(token)).as("a link works once")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", "validation.signup.link-invalid"));
        OrganisationId organisation = OrganisationId.of(jdbc.sql("select id from organisation where org_number = '310000027'")
                .query(Long.class).single());
        assertThat(organisations.status(organisation)).isEqualTo(OrganisationStatus.PENDING);
        assertThat(jdbc.sql("""
                select count(*) from notification n join member m on m.id = n.member_id
                where 'MODERATOR' = any (m.roles) and n.kind = 'organisation-pending' and n.subject_title = 'Elektrisk Levering AS'""")
                .query(Integer.class).single()).as("moderators are asked to verify").isPositive();

        TestUsers.signIn(security, jdbc, "siri@elektrisklevering.no");
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());
        Submission draft = submissions.create(new SubmissionDraft(forum, SubmissionKind.SOLUTION, "Sykkellevering",
                "Lastesykler i sentrum", "Vi leverer med elektriske lastesykler.", List.of("90511000-2")));
        Submission sent = submissions.publish(TestFootprints.declared(declarations, draft).id(), draft.version());
        assertThat(sent.status()).isEqualTo(SubmissionStatus.AWAITING_REVIEW);

        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(submissions.find(sent.id())).as("no one else sees it yet").isEmpty();

        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThat(submissions.awaitingReview(new PageRequest(0, 100))).extracting(Submission::id).contains(sent.id());
        assertThat(organisations.pending(new PageRequest(0, 100))).extracting(Organisation::id).contains(organisation);
        assertThatThrownBy(() -> submissions.review(sent.id(), sent.version(), false, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "validation.required"));
        Submission published = submissions.review(sent.id(), sent.version(), true, null);
        assertThat(published.status()).isEqualTo(SubmissionStatus.PUBLISHED);
        Organisation pending = organisations.get(organisation);
        organisations.decide(organisation, pending.version(), OrganisationStatus.ACTIVE, null);
        assertThat(organisations.status(organisation)).isEqualTo(OrganisationStatus.ACTIVE);

        TestUsers.signIn(security, jdbc, "siri@elektrisklevering.no");
        Submission next = submissions.create(new SubmissionDraft(forum, SubmissionKind.SOLUTION, "Sykkellevering 2",
                "Lastesykler overalt", "Flere sykler.", List.of("90511000-2")));
        assertThat(submissions.publish(TestFootprints.declared(declarations, next).id(), next.version()).status())
                .as("a verified organisation publishes at once").isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(jdbc.sql("select count(*) from notification n join member m on m.id = n.member_id where m.email = ? and n.kind in ('post-reviewed', 'organisation-verified')")
                .param("siri@elektrisklevering.no").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void the_page_answers_the_same_for_a_known_address_or_organisation_and_only_the_address_is_told_why() {
        int members = jdbc.sql("select count(*) from member").query(Integer.class).single();
        int organisationsBefore = jdbc.sql("select count(*) from organisation").query(Integer.class).single();

        // a new address and organisation, a member's address, a registered organisation (Grønn Håndverk AS):
        // each request returns normally, so the page shows the same "if the details can be used" answer
        request(form("310000078", "ny@lastesykkel.no"));
        request(form("310000086", "agency3@demo.buyzet.eu"));
        request(form("914234565", "kollega@gronnhandverk.no"));

        Mail fresh = lastMailTo("ny@lastesykkel.no");
        assertThat(fresh.body()).contains("/sign-up/confirm/");
        Mail member = lastMailTo("agency3@demo.buyzet.eu");
        assertThat(member.subject()).isEqualTo("Noen prøvde å registrere seg i BuyZET-portalen med adressen din");
        assertThat(member.body()).contains("/login").doesNotContain("/sign-up/confirm/");
        Mail colleague = lastMailTo("kollega@gronnhandverk.no");
        assertThat(colleague.body()).contains("914234565").contains("allerede registrert")
                .doesNotContain("/sign-up/confirm/");

        assertThat(jdbc.sql("select count(*) from member").query(Integer.class).single()).isEqualTo(members);
        assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single())
                .isEqualTo(organisationsBefore);
        assertThat(jdbc.sql("""
                select count(*) from sign_up where email in ('agency3@demo.buyzet.eu', 'kollega@gronnhandverk.no')
                and password_hash = '' and expires_at <= created_at""").query(Integer.class).single())
                .as("the refused requests keep no password and can never be confirmed").isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'sign-up.requested'
                and details ->> 'email' in ('ny@lastesykkel.no', 'agency3@demo.buyzet.eu', 'kollega@gronnhandverk.no')""")
                .query(Integer.class).single()).as("every request is in the audit trail").isEqualTo(3);
    }

    @Test
    void one_client_is_refused_after_its_burst_of_sign_up_requests_and_others_are_not() {
        String client = "198.51.100.7";
        SignUpForm incomplete = new SignUpForm("", "NO", "", null, "", "", "", "nb", false);
        for (int i = 0; i < perClientBurst; i++) {
            assertThatThrownBy(() -> signUps.request(incomplete, client))
                    .as("each request is looked at, and takes one of the client's tokens")
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsKey("email").doesNotContainKey(SignUpService.FORM));
        }
        assertThatThrownBy(() -> signUps.request(form("310000094", "grense@lastesykkel.no"), client))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(SignUpService.FORM)
                        .containsEntry(SignUpService.FORM, "validation.signup.rate-limited"));
        assertThat(jdbc.sql("select count(*) from sign_up where email = 'grense@lastesykkel.no'")
                .query(Integer.class).single()).isZero();

        signUps.request(form("310000094", "grense@lastesykkel.no"), "198.51.100.8");
        assertThat(lastMailTo("grense@lastesykkel.no").body()).contains("/sign-up/confirm/");
    }

    @Test
    void one_address_gets_at_most_three_sign_up_mails_a_day() {
        for (int i = 0; i < 3; i++) {
            request(form("310000051", "mange@elektrisklevering.no"));
        }
        assertThatThrownBy(() -> request(form("310000051", "MANGE@elektrisklevering.no")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("email", "validation.signup.too-many"));
        assertThat(jdbc.sql("select count(*) from mail_outbox where lower(to_address) = 'mange@elektrisklevering.no'")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void a_moderator_blocks_an_organisation_with_a_reason_and_its_members_can_no_longer_sign_in() {
        request(form("310000043", "blokk@elektrisklevering.no"));
        signUps.confirm(tokenMailedTo("blokk@elektrisklevering.no"));
        OrganisationId organisation = OrganisationId.of(jdbc.sql("select id from organisation where org_number = '310000043'")
                .query(Long.class).single());
        assertThat(directory.findActiveByEmail("blokk@elektrisklevering.no")).as("pending members sign in").isPresent();

        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Organisation pending = organisations.get(organisation);
        assertThatThrownBy(() -> organisations.decide(organisation, pending.version(), OrganisationStatus.BLOCKED, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "validation.required"));
        organisations.decide(organisation, pending.version(), OrganisationStatus.BLOCKED, "Falsk organisasjon");
        assertThat(directory.findActiveByEmail("blokk@elektrisklevering.no")).isEmpty();
        Organisation own = organisations.get(OrganisationId.of(jdbc.sql(
                "select organisation_id from member where email = 'moderator@demo.buyzet.eu'").query(Long.class).single()));
        assertThatThrownBy(() -> organisations.decide(own.id(), own.version(), OrganisationStatus.BLOCKED, "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("status", "validation.organisation.own"));
    }

    @Test
    void a_suspended_member_cannot_sign_in_until_the_day_after_and_is_mailed_why() {
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        eu.buyzet.portal.shared.MemberId supplier = eu.buyzet.portal.shared.MemberId.of(jdbc.sql(
                "select id from member where email = 'supplier2@demo.buyzet.eu'").query(Long.class).single());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        assertThatThrownBy(() -> members.suspend(supplier, today, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("until", "validation.member.suspend-until")
                        .containsEntry("reason", "validation.required"));
        eu.buyzet.portal.shared.MemberId admin = eu.buyzet.portal.shared.MemberId.of(jdbc.sql(
                "select id from member where email = 'admin@demo.buyzet.eu'").query(Long.class).single());
        assertThatThrownBy(() -> members.suspend(admin, today.plusDays(3), "nei"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        members.suspend(supplier, today.plusDays(3), "Gjentatt reklame");
        try {
            assertThat(directory.findActiveByEmail("supplier2@demo.buyzet.eu")).isEmpty();
            assertThat(members.suspendedUntil(supplier)).isPresent();
            assertThat(jdbc.sql("select body from mail_outbox where to_address = 'supplier2@demo.buyzet.eu' order by id desc limit 1")
                    .query(String.class).single()).contains("Gjentatt reklame")
                    // the day as the reader writes it, not as ISO
                    .contains(eu.buyzet.portal.shared.Formats.of(java.util.Locale.ENGLISH).date(today.plusDays(3)));
        } finally {
            members.liftSuspension(supplier);
        }
        assertThat(directory.findActiveByEmail("supplier2@demo.buyzet.eu")).isPresent();
    }

    @Test
    void an_organisation_with_moderators_or_admins_is_blocked_by_admins_only() {
        OrganisationId adminsOrganisation = OrganisationId.of(jdbc.sql(
                "select organisation_id from member where email = 'admin@demo.buyzet.eu'").query(Long.class).single());
        // a moderator of another organisation
        TestUsers.signIn(security, new eu.buyzet.portal.security.PortalUser(eu.buyzet.portal.shared.MemberId.of(999_999),
                "moderator2@example.org", "Moderator To", OrganisationId.of(999_999), "Annen organisasjon",
                java.util.Set.of(Role.MODERATOR), "nb"));
        assertThat(organisations.mayBlock(adminsOrganisation)).isFalse();
        int version = organisations.get(adminsOrganisation).version();
        assertThatThrownBy(() -> organisations.decide(adminsOrganisation, version, OrganisationStatus.BLOCKED, "Nei"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(organisations.get(adminsOrganisation).status()).isEqualTo(OrganisationStatus.ACTIVE);
    }

    @Test
    void a_moderator_suspended_by_an_admin_is_let_back_in_by_an_admin_not_by_another_moderator() {
        eu.buyzet.portal.shared.MemberId moderator = eu.buyzet.portal.shared.MemberId.of(jdbc.sql(
                "select id from member where email = 'moderator@demo.buyzet.eu'").query(Long.class).single());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        members.suspend(moderator, today.plusDays(3), "Misbruk av verktøyene");
        try {
            // a moderator's session (the demo has one moderator; the service refuses any moderator alike)
            TestUsers.signIn(security, TestUsers.withRoles(Role.MODERATOR));
            assertThatThrownBy(() -> members.liftSuspension(moderator))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThat(members.suspendedUntil(moderator)).isPresent();
        } finally {
            TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
            members.liftSuspension(moderator);
        }
        assertThat(members.suspendedUntil(moderator)).isEmpty();
    }
}
