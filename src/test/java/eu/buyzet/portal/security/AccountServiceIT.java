package eu.buyzet.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.Comment;
import eu.buyzet.portal.submission.CommentService;
import eu.buyzet.portal.submission.SubmissionId;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalIntegrationTest
class AccountServiceIT {

    @Autowired AccountService accounts;
    @Autowired MemberService members;
    @Autowired CommentService comments;
    @Autowired PortalUserDirectory directory;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** A new colleague of the demo supplier, so that deleting them leaves the demo accounts alone. */
    private MemberId newSupplierMember(String email) {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        OrganisationId organisation = OrganisationId.of(jdbc.sql("select organisation_id from member where email = ?")
                .param("supplier@demo.buyzet.eu").query(Long.class).single());
        return members.create(new MemberDetails(email, "Per Personvern", organisation, Set.of(Role.SUPPLIER), true)).id();
    }

    private SubmissionId aPublishedSubmission() {
        return SubmissionId.of(jdbc.sql("select id from submission where status = 'PUBLISHED' and not hidden order by id limit 1")
                .query(Long.class).single());
    }

    @Test
    void a_member_downloads_everything_the_portal_keeps_about_them_and_the_export_is_audited() {
        newSupplierMember("per.eksport@gronnhandverk.no");
        TestUsers.signIn(security, jdbc, "per.eksport@gronnhandverk.no");
        comments.add(aPublishedSubmission(), null, "Vi kan levere med elsykler.");

        JsonNode export = JsonMapper.builder().build().readTree(new String(accounts.exportMyData(), StandardCharsets.UTF_8));
        assertThat(export.get("profile").get("member").get(0).get("email").asString()).isEqualTo("per.eksport@gronnhandverk.no");
        assertThat(export.get("submissions").get("comments").get(0).get("body").asString())
                .isEqualTo("Vi kan levere med elsykler.");
        assertThat(export.has("notifications")).isTrue();
        assertThat(export.has("dialogues")).isTrue();
        assertThat(export.get("audit").get("actions").isArray()).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event e join audit_actor a on a.pseudonym = e.actor_ref
                        where e.action = 'personal-data.exported' and a.name = 'Per Personvern'""")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_deleted_member_can_no_longer_sign_in_and_their_comment_stays_without_their_name() {
        MemberId member = newSupplierMember("per.slett@gronnhandverk.no");
        TestUsers.signIn(security, jdbc, "per.slett@gronnhandverk.no");
        Comment written = comments.add(aPublishedSubmission(), null, "Dette blir stående.");

        accounts.deleteMyAccount();

        assertThat(directory.findActiveByEmail("per.slett@gronnhandverk.no")).isEmpty();
        assertThat(jdbc.sql("select display_name, email, active from member where id = ?").param(member.value())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3)).single())
                .isEqualTo("Tidligere medlem / Former member|deleted-" + member.value() + "@invalid.buyzet|false");
        TestUsers.signIn(security, jdbc, "supplier2@demo.buyzet.eu");
        assertThat(comments.get(written.id()).body()).isEqualTo("Dette blir stående.");
        assertThat(comments.get(written.id()).authorName()).isEqualTo("Tidligere medlem / Former member");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'personal-data.account-deleted' and subject_id = ?")
                .param(String.valueOf(member.value())).query(Integer.class).single()).isEqualTo(1);
    }
}
