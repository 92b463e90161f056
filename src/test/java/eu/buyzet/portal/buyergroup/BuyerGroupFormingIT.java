package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.ProposalFootprint;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A group formed from a proposal starts where its lead stands: a member with its share counted
 * from its own need among the proposal's, and the proposal's footprint on the group's page.
 */
@PortalIntegrationTest
class BuyerGroupFormingIT {

    static final String LEAD = "agency@demo.buyzet.eu";
    static final String OTHER = "agency2@demo.buyzet.eu";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired BuyerGroupService groups;
    @Autowired BuyerGroupLifecycle lifecycle;
    @Autowired BuyerGroupShares shares;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private Submission need(String email, String title, double trips, double km) {
        TestUsers.signIn(security, jdbc, email);
        ForumId schools = TestForums.byEnglishTitle(jdbc, "Goods delivery to schools");
        Submission n = submissions.create(new SubmissionDraft(schools, SubmissionKind.NEED, title, "", "",
                List.of("60100000-9")));
        declarations.declare(n.id(), -1, List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, trips, km)),
                List.of());
        return submissions.publish(n.id(), n.version());
    }

    private Submission proposal(String title, List<Submission> needs) {
        TestUsers.signIn(security, jdbc, LEAD);
        ForumId schools = TestForums.byEnglishTitle(jdbc, "Goods delivery to schools");
        Submission p = submissions.create(new SubmissionDraft(schools, SubmissionKind.PROPOSAL, title, "", "",
                List.of("60100000-9")));
        p = submissions.publish(p.id(), p.version());
        submissions.linkNeeds(p.id(), needs.stream().map(Submission::id).toList());
        return p;
    }

    @Test
    void the_lead_is_a_member_from_the_start_with_its_own_needs_trips_and_the_group_shows_the_proposals_footprint() {
        Submission theirs = need(OTHER, "Levering til 9 barnehager", 400, 18);
        Submission ours = need(LEAD, "Levering til 14 skoler", 730, 21);
        Submission p = proposal("Felles levering fra start", List.of(theirs, ours));
        ProposalFootprint expected = declarations.proposalFootprint(p.id()).orElseThrow();
        assertThat(shares.startingShare(p.id())).hasValueSatisfying(start -> {
            assertThat(start.needTitle()).isEqualTo("Levering til 14 skoler");
            assertThat(start.share().quantity()).isEqualByComparingTo("730");
            assertThat(start.share().unit()).isEqualTo(DemandUnit.TRIPS_PER_YEAR);
        });

        BuyerGroup g = lifecycle.form(p.id(), null, null);

        GroupMember lead = shares.myMembership(g.id()).orElseThrow();
        assertThat(lead.quantity()).isEqualByComparingTo("730");
        assertThat(lead.footprint()).isEqualTo(new FootprintSource(FootprintSource.Kind.NEED, ours.id().value()));
        assertThat(lead.baselineCo2eKg()).isPositive();
        assertThat(lead.visibleToAgencies()).isTrue();
        assertThat(lead.visibleToSuppliers()).isFalse();
        BuyerGroupPage page = groups.page(g.id());
        assertThat(page.demand().baselineCo2eKg()).isEqualTo(lead.baselineCo2eKg());
        assertThat(page.proposalFootprint()).hasValueSatisfying(f -> assertThat(f.result().total().co2eWtwKg())
                .isEqualTo(expected.result().total().co2eWtwKg()));
        assertThat(page.nextSteps()).containsEntry(GroupAction.COMMIT, "validation.buyer-group.lead-letter-required");
        assertThat(groups.steps(g.id())).extracting(GroupStep::step).containsExactly("formed", "joined");
    }

    @Test
    void without_a_need_of_its_own_in_the_proposal_the_lead_forms_an_empty_group_and_is_told_to_add_its_share() {
        Submission theirs = need(OTHER, "Levering til 3 bibliotek", 120, 9);
        Submission p = proposal("Felles levering uten eget behov", List.of(theirs));
        assertThat(shares.startingShare(p.id())).isEmpty();
        BuyerGroup g = lifecycle.form(p.id(), null, null);
        assertThat(shares.myMembership(g.id())).isEmpty();
        BuyerGroupPage page = groups.page(g.id());
        assertThat(page.actions()).contains(GroupAction.JOIN).doesNotContain(GroupAction.COMMIT);
        assertThat(page.nextSteps()).containsEntry(GroupAction.COMMIT, "validation.buyer-group.lead-share-required");
    }
}
