package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

@PortalIntegrationTest
class PasswordResetIT {

    private static final String NEW_PASSWORD = "et nytt og langt passord";

    @Autowired PasswordResetService resets;
    @Autowired MemberService members;
    @Autowired LocalAccountService accounts;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Value("${buyzet.password-reset.rate-limit.capacity:5}") int perClientBurst;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** A member of its own with a local password, so that no other test's sign-in changes. */
    private String localMember(boolean withPassword) {
        String email = "reset-" + UUID.randomUUID() + "@example.org";
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        long organisation = jdbc.sql("select organisation_id from member where email = 'supplier@demo.buyzet.eu'")
                .query(Long.class).single();
        MemberId id = members.create(new MemberDetails(email, "Siri Sykkel", OrganisationId.of(organisation),
                Set.of(Role.SUPPLIER), true)).id();
        if (withPassword) {
            accounts.setPassword(id, "det gamle passordet");
        }
        TestUsers.signOut(security);
        return email;
    }

    /** Each call from a client of its own, so the per-client limit is met only where a test means it. */
    private void request(String email) {
        resets.request(email, "test-" + UUID.randomUUID(), "nb");
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("select body from mail_outbox where lower(to_address) = lower(?) order by id")
                .param(email).query(String.class).list();
    }

    private static String token(String body) {
        Matcher m = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("a reset link in: " + body).isTrue();
        return m.group(1);
    }

    private String lastToken(String email) {
        return token(mailsTo(email).getLast());
    }

    private boolean passwordIs(String email, String password) {
        String hash = jdbc.sql("select a.password_hash from local_account a join member m on m.id = a.member_id "
                + "where m.email = ?").param(email).query(String.class).single();
        return encoder.matches(password, hash);
    }

    @Test
    void a_local_account_gets_a_link_that_sets_the_password_once_and_only_its_hash_is_stored() {
        String email = localMember(true);
        request(email);

        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        String token = token(mails.getFirst());
        // 256 random bits, URL-safe Base64 without padding
        assertThat(token).hasSize(43);
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?")
                .param(eu.buyzet.portal.shared.SecretTokens.hash(token)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash like ?")
                .param("%" + token + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where details::text like ?")
                .param("%" + token + "%").query(Integer.class).single()).isZero();
        assertThat(resets.linkUsable(token)).isTrue();

        resets.reset(token, NEW_PASSWORD);

        assertThat(passwordIs(email, NEW_PASSWORD)).isTrue();
        assertThat(resets.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "noe helt annet og langt"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", "validation.password-reset.link-invalid"));
        assertThat(passwordIs(email, NEW_PASSWORD)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'security.password-reset-completed' "
                + "and details ->> 'outcome' = 'password-set'").query(Integer.class).single()).isPositive();
    }

    @Test
    void using_a_link_ends_the_links_sent_before_it() {
        String email = localMember(true);
        request(email);
        String first = lastToken(email);
        request(email);
        String second = lastToken(email);
        assertThat(second).isNotEqualTo(first);

        resets.reset(second, NEW_PASSWORD);

        assertThat(resets.linkUsable(first)).isFalse();
        assertThatThrownBy(() -> resets.reset(first, "noe helt annet og langt"))
                .isInstanceOf(ValidationException.class);
        assertThat(passwordIs(email, NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_link_older_than_thirty_minutes_does_not_work() {
        String email = localMember(true);
        request(email);
        String token = lastToken(email);
        assertThat(jdbc.sql("select expires_at - created_at = interval '30 minutes' from password_reset where token_hash = ?")
                .param(eu.buyzet.portal.shared.SecretTokens.hash(token)).query(Boolean.class).single()).isTrue();
        jdbc.sql("update password_reset set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(eu.buyzet.portal.shared.SecretTokens.hash(token)).update();

        assertThat(resets.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", "validation.password-reset.link-invalid"));
        assertThat(passwordIs(email, "det gamle passordet")).isTrue();
    }

    @Test
    void a_password_the_rules_refuse_is_named_at_its_field_and_the_link_still_works() {
        String email = localMember(true);
        request(email);
        String token = lastToken(email);

        assertThatThrownBy(() -> resets.reset(token, "kort"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "validation.password.too-short"));
        assertThat(resets.linkUsable(token)).isTrue();
        assertThat(passwordIs(email, "det gamle passordet")).isTrue();
    }

    @Test
    void an_unknown_address_and_an_account_without_a_password_get_the_same_answer_and_no_mail() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        String keycloakOnly = localMember(false);
        int links = jdbc.sql("select count(*) from password_reset").query(Integer.class).single();

        request(unknown);
        request(keycloakOnly);

        assertThat(mailsTo(unknown)).isEmpty();
        assertThat(mailsTo(keycloakOnly)).isEmpty();
        assertThat(jdbc.sql("select count(*) from password_reset").query(Integer.class).single()).isEqualTo(links);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'security.password-reset-requested' "
                        + "and subject_id = ? and details ->> 'outcome' = 'no-local-account'")
                .param(unknown.toLowerCase(java.util.Locale.ROOT)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void an_address_gets_at_most_three_links_an_hour_whatever_the_client_and_the_answer_stays_the_same() {
        String email = localMember(true);
        for (int i = 0; i < 5; i++) {
            request(email);
        }
        assertThat(mailsTo(email)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'security.password-reset-requested' "
                        + "and subject_id = ? and details ->> 'outcome' = 'address-limit'")
                .param(email).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void one_client_asking_too_often_is_refused_for_any_address() {
        String client = "test-burst-" + UUID.randomUUID();
        for (int i = 0; i < perClientBurst; i++) {
            resets.request("nobody-" + i + "-" + UUID.randomUUID() + "@example.org", client, "en");
        }
        String member = localMember(true);
        assertThatThrownBy(() -> resets.request(member, client, "en"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(PasswordResetService.FORM, "validation.password-reset.rate-limited"));
        assertThat(mailsTo(member)).isEmpty();
        // another client is not held back
        request(member);
        assertThat(mailsTo(member)).hasSize(1);
    }

    @Test
    void a_malformed_address_is_named_at_its_field() {
        assertThatThrownBy(() -> request("not an address"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("email", "validation.email"));
    }
}
