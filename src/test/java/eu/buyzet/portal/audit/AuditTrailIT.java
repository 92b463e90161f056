package eu.buyzet.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database itself keeps the audit trail append-only, for the application's own user too (its
 * role may only read and add rows; the triggers refuse even the owner). Actors are pseudonyms: a
 * deleted member's actions stay, their name goes (decision 017).
 */
@PortalIntegrationTest
class AuditTrailIT {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.security.core.context.SecurityContextHolderStrategy security;
    @Autowired eu.buyzet.portal.organisation.MemberService members;
    @Autowired eu.buyzet.portal.security.AccountService accounts;

    /** Both guards answer "insufficient privilege": the role's missing grant, and the trigger behind it. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static final eu.buyzet.portal.shared.PageRequest PAGE = new eu.buyzet.portal.shared.PageRequest(0, 50);

    @Test
    void audit_rows_cannot_be_changed_or_deleted_with_the_applications_database_user() {
        audit.record("test.appended", "test", "append-only", Map.of("before", "a", "after", "b"));
        long id = jdbc.sql("select id from audit_event where subject_id = 'append-only'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'forged' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .extracting(e -> ((java.sql.SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .extracting(e -> ((java.sql.SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .extracting(e -> ((java.sql.SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);

        assertThat(jdbc.sql("select action from audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo("test.appended");
    }

    @Test
    void an_admin_finds_events_by_action_person_subject_and_day_and_exports_them_as_csv() throws Exception {
        eu.buyzet.portal.TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        audit.record("search-test.first", "forum", 4711, Map.of("why", "første"));
        audit.record("search-test.second", "forum", 4712, Map.of());
        eu.buyzet.portal.TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        try {
            assertThat(audit.search(new AuditFilter("search-test.", null, null, null, null, null), PAGE))
                    .extracting(AuditEvent::action).containsExactly("search-test.second", "search-test.first");
            assertThat(audit.count(new AuditFilter("search-test.", "kari", "forum", "4711", null, null))).isEqualTo(1);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
            assertThat(audit.count(new AuditFilter("search-test.", null, null, null, today, today))).isEqualTo(2);
            assertThat(audit.count(new AuditFilter("search-test.", null, null, null, today.plusDays(1), null))).isZero();
            assertThat(audit.count(new AuditFilter("search-test%", null, null, null, null, null)))
                    .as("a % is a character, not a wildcard").isZero();

            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            audit.exportCsv(new AuditFilter("search-test.", null, null, null, null, null), out);
            String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFoccurred_at,actor,actor_name,action").contains("Kari Nilsen")
                    .contains("search-test.first").contains("første");
            assertThat(csv.lines().count()).isEqualTo(3);
            assertThat(audit.count(new AuditFilter("audit.exported", "Ola", null, null, null, null))).isPositive();
        } finally {
            eu.buyzet.portal.TestUsers.signOut(security);
        }
    }

    @Test
    void a_deleted_members_actions_stay_in_the_trail_by_pseudonym_and_their_name_appears_nowhere_in_it() throws Exception {
        eu.buyzet.portal.TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        Long organisation = jdbc.sql("select organisation_id from member where email = 'supplier@demo.buyzet.eu'")
                .query(Long.class).single();
        members.create(new eu.buyzet.portal.organisation.MemberDetails("petra.pseudonym@gronnhandverk.no",
                "Petra Pseudonymsen", eu.buyzet.portal.shared.OrganisationId.of(organisation),
                java.util.Set.of(eu.buyzet.portal.security.Role.SUPPLIER), true));
        try {
            eu.buyzet.portal.TestUsers.signIn(security, jdbc, "petra.pseudonym@gronnhandverk.no");
            audit.record("pseudonym-test.first", "forum", 4801, Map.of());
            audit.record("pseudonym-test.second", "forum", 4802, Map.of("note", "andre"));

            eu.buyzet.portal.TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
            AuditFilter hers = new AuditFilter("pseudonym-test.", null, null, null, null, null);
            java.util.List<AuditEvent> before = audit.search(hers, PAGE);
            assertThat(before).extracting(AuditEvent::actorName).containsOnly("Petra Pseudonymsen");
            String pseudonym = before.getFirst().actorPseudonym();
            assertThat(before).extracting(AuditEvent::actorPseudonym).containsOnly(pseudonym);
            assertThat(audit.count(new AuditFilter(null, "pseudonymsen", null, null, null, null))).isEqualTo(2);
            assertThat(csv(hers)).contains("Petra Pseudonymsen");

            eu.buyzet.portal.TestUsers.signIn(security, jdbc, "petra.pseudonym@gronnhandverk.no");
            accounts.deleteMyAccount();

            eu.buyzet.portal.TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
            java.util.List<AuditEvent> after = audit.search(hers, PAGE);
            assertThat(after).extracting(AuditEvent::action).containsExactly("pseudonym-test.second", "pseudonym-test.first");
            assertThat(after).allSatisfy(e -> {
                assertThat(e.byFormerMember()).isTrue();
                assertThat(e.actorName()).isNull();
                assertThat(e.actorPseudonym()).isEqualTo(pseudonym);
            });
            String shortPseudonym = after.getFirst().shortPseudonym();
            assertThat(audit.count(new AuditFilter(null, "Pseudonymsen", null, null, null, null))).isZero();
            assertThat(audit.search(new AuditFilter(null, "#" + shortPseudonym, null, null, null, null), PAGE))
                    .extracting(AuditEvent::action)
                    .contains("pseudonym-test.first", "pseudonym-test.second", "personal-data.account-deleted");

            String everything = csv(AuditFilter.ANY);
            assertThat(everything).doesNotContain("Pseudonymsen").contains("former member #" + shortPseudonym)
                    .contains("pseudonym-test.first");
            assertThat(jdbc.sql("select count(*) from audit_event e where row_to_json(e)::text ilike '%pseudonymsen%'")
                    .query(Integer.class).single()).as("no audit row holds the name").isZero();
            assertThat(jdbc.sql("select count(*) from audit_actor a where row_to_json(a)::text ilike '%pseudonymsen%'")
                    .query(Integer.class).single()).isZero();
        } finally {
            eu.buyzet.portal.TestUsers.signOut(security);
        }
    }

    @Test
    void an_erased_pseudonym_cannot_be_named_again_or_deleted_by_the_portal() {
        jdbc.sql("insert into audit_actor (member_id, name, erased_at) values (null, null, now())").update();
        String erased = jdbc.sql("select pseudonym::text from audit_actor where erased_at is not null order by created_at desc limit 1")
                .query(String.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_actor set name = 'Named again', member_id = null, erased_at = null"
                        + " where pseudonym = ?::uuid").param(erased).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("erased");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_actor where pseudonym = ?::uuid").param(erased).update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .extracting(e -> ((java.sql.SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    private String csv(AuditFilter filter) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        audit.exportCsv(filter, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
