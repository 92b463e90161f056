package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionStatus;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class DeclarationServiceIT {

    private static final Flow DIESEL_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5);
    private static final Flow BATTERY_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 1000, 12.5);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired DeclarationService declarations;
    @Autowired FootprintService footprints;
    @Autowired SubmissionService submissions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private Submission draft(String email, SubmissionKind kind, String title) {
        TestUsers.signIn(security, jdbc, email);
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());
        return submissions.create(new SubmissionDraft(forum, kind, title, "", "", List.of("90511000-2")));
    }

    @Test
    void a_need_is_published_only_with_a_footprint_and_publishing_keeps_the_result() {
        Submission need = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov med fotavtrykk");
        assertThatThrownBy(() -> submissions.publish(need.id(), need.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("footprint", "validation.footprint.required-to-publish"));
        declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of());
        assertThat(declarations.results(need.id())).isEmpty();
        submissions.publish(need.id(), need.version());

        List<StoredResult> results = declarations.results(need.id());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("PUBLISHED");
            assertThat(r.result().factorSetId()).isEqualTo("no-2026-5");
            // the default set's N1 diesel energy (schema 053): 12,500 km × 0.09494 l/km × (0.61101 + 2.57082) kg/l
            assertThat(r.result().total().co2eWtwKg()).isCloseTo(3776.037, org.assertj.core.data.Offset.offset(0.001));
        });
    }

    @Test
    void a_declaration_saved_under_looser_checks_stops_publishing_before_anything_changes_and_says_so() {
        Submission need = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov fra før kontrollene");
        declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of());
        // as an older version let it be saved: a van using 5 litres a km
        jdbc.sql("update footprint_declaration set flows = jsonb_set(flows, '{0,energyPerKm}', '5') where submission_id = ?")
                .param(need.id().value()).update();

        assertThatThrownBy(() -> submissions.publish(need.id(), need.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(java.util.Map.entry("footprint", "validation.footprint.needs-correction")));
        assertThat(submissions.get(need.id()).status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(declarations.results(need.id())).isEmpty();
    }

    @Test
    void a_moderator_cannot_approve_a_post_whose_footprint_todays_checks_refuse() {
        String pending = eu.buyzet.portal.TestOrganisations.pendingSupplier(jdbc, "Ventende Varebil AS");
        Submission need = draft(pending, SubmissionKind.SOLUTION, "Løsning til gjennomsyn");
        declarations.declare(need.id(), -1, List.of(BATTERY_VAN), List.of(DIESEL_VAN));
        Submission waiting = submissions.publish(need.id(), need.version());
        assertThat(waiting.status()).isEqualTo(SubmissionStatus.AWAITING_REVIEW);
        jdbc.sql("update footprint_declaration set flows = jsonb_set(flows, '{0,energyPerKm}', '50') where submission_id = ?")
                .param(need.id().value()).update();

        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThatThrownBy(() -> submissions.review(need.id(), waiting.version(), true, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(java.util.Map.entry("footprint", "validation.footprint.needs-correction")));
        assertThat(submissions.get(need.id()).status()).isEqualTo(SubmissionStatus.AWAITING_REVIEW);
    }

    @Test
    void of_two_colleagues_declaring_a_first_footprint_at_once_the_second_is_told_and_the_first_is_kept() {
        Submission need = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov, to kolleger");
        declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of());

        Flow other = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 500, 25);
        assertThatThrownBy(() -> declarations.declare(need.id(), -1, List.of(other), List.of()))
                .isInstanceOf(ConcurrentEditException.class);
        Declaration kept = declarations.find(need.id()).orElseThrow();
        assertThat(kept.flows()).containsExactly(DIESEL_VAN);

        declarations.declare(need.id(), kept.version(), List.of(other), List.of());
        assertThat(declarations.find(need.id()).orElseThrow().flows()).containsExactly(other);
    }

    @Test
    void changing_the_default_factor_set_changes_no_published_result_and_recomputing_keeps_both() {
        Submission need = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov før nytt faktorsett");
        declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of());
        submissions.publish(need.id(), need.version());
        double published = declarations.results(need.id()).getFirst().result().total().co2eWtwKg();
        String before = footprints.defaultFactorSet().id();
        try {
            jdbc.sql("update footprint_factor_set set is_default = false where id = ?").param(before).update();
            jdbc.sql("update footprint_factor_set set is_default = true where id = 'eu-2025'").update();

            assertThat(declarations.results(need.id())).singleElement()
                    .satisfies(r -> assertThat(r.result().total().co2eWtwKg()).isEqualTo(published));
            StoredResult recomputed = declarations.recompute(need.id());
            assertThat(recomputed.result().factorSetId()).isEqualTo("eu-2025");
            assertThat(recomputed.result().total().co2eWtwKg()).isNotEqualTo(published);
            assertThat(declarations.results(need.id())).extracting(r -> r.result().factorSetId())
                    .containsExactly("eu-2025", before);
        } finally {
            jdbc.sql("update footprint_factor_set set is_default = false where id = 'eu-2025'").update();
            jdbc.sql("update footprint_factor_set set is_default = true where id = ?").param(before).update();
        }
    }

    @Test
    void a_solution_declares_its_baseline_and_shows_what_it_saves() {
        Submission solution = draft("supplier@demo.buyzet.eu", SubmissionKind.SOLUTION, "Løsning med grunnlinje");
        assertThatThrownBy(() -> declarations.declare(solution.id(), -1, List.of(BATTERY_VAN), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("baselineFlows", "validation.footprint.baseline-required"));
        assertThatThrownBy(() -> declarations.declare(solution.id(), -1, List.of(BATTERY_VAN),
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, -1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("baselineFlows[0].kmPerTrip", "validation.footprint.negative"));
        declarations.declare(solution.id(), -1, List.of(BATTERY_VAN), List.of(DIESEL_VAN));
        submissions.publish(solution.id(), solution.version());
        StoredResult result = declarations.results(solution.id()).getFirst();
        // on the default set's energy figures (worked example 12): 3,776.037 kg for the diesel van, 46.875 for the battery one
        assertThat(result.reduction().co2eWtwKg()).isCloseTo(3729.162, org.assertj.core.data.Offset.offset(0.001));
        assertThat(result.reduction().co2eWtwPercent()).isCloseTo(98.759, org.assertj.core.data.Offset.offset(0.001));
        // at the tailpipe the battery van saves all of the diesel van's 1,186.75 l × 2.57082 kg/l
        assertThat(result.reduction().co2eTailpipeKg()).isCloseTo(3050.921, org.assertj.core.data.Offset.offset(0.001));
        assertThat(result.reduction().co2eTailpipePercent()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void an_implausible_baseline_is_refused_under_its_own_field_with_the_accepted_range() {
        Submission solution = draft("supplier@demo.buyzet.eu", SubmissionKind.SOLUTION, "Løsning med null diesel");
        Flow noDiesel = DIESEL_VAN.withEnergyPerKm(0.0);
        assertThatThrownBy(() -> declarations.declare(solution.id(), -1, List.of(BATTERY_VAN), List.of(noDiesel)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("baselineFlows[0].energyPerKm")
                            .containsEntry("baselineFlows[0].energyPerKm", "validation.footprint.energy-per-km-range");
                    assertThat(e.arguments("baselineFlows[0].energyPerKm")).containsExactly(0.025, 0.21, "l");
                });
        assertThat(declarations.find(solution.id())).isEmpty();
    }

    @Test
    void a_declaration_saved_before_the_checks_still_opens_without_a_preview_and_saving_it_shows_the_range() {
        Submission need = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov fra før kontrollene");
        jdbc.sql("""
                insert into footprint_declaration (submission_id, flows, declared_by)
                values (?, cast(? as jsonb), (select id from member where email = 'agency@demo.buyzet.eu'))""")
                .params(need.id().value(), """
                        [{"vehicleCategory":"N1","energyCarrier":"DIESEL","vehicleKmPerYear":5000,"energyPerKm":0}]""")
                .update();
        FootprintCard card = declarations.card(submissions.page(need.id()));
        assertThat(card.declaration()).isPresent();
        assertThat(card.preview()).isEmpty();
        Declaration kept = card.declaration().orElseThrow();
        assertThatThrownBy(() -> declarations.declare(need.id(), kept.version(), kept.flows(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-range"));
    }

    @Test
    void every_published_demo_result_is_what_the_calculator_still_gives_for_its_declaration() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        // published results: other tests' drafts in the shared database are not the agency's to read
        List<Long> published = jdbc.sql("""
                select distinct r.submission_id from footprint_result r join submission s on s.id = r.submission_id
                where s.status = 'PUBLISHED' and not s.hidden""").query(Long.class).list();
        assertThat(published).isNotEmpty();
        for (Long id : published) {
            SubmissionId submission = SubmissionId.of(id);
            StoredResult newest = declarations.results(submission).getFirst();
            Declaration declared = declarations.find(submission).orElseThrow();
            FootprintResult again = FootprintCalculator.calculate(footprints.factorSet(newest.result().factorSetId()),
                    declared.flows());
            assertThat(again).as("submission " + id).isEqualTo(newest.result());
        }
    }

    @Test
    void only_the_authors_organisation_declares_the_footprint() {
        Submission need = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov som andre ikke kan endre");
        TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        assertThatThrownBy(() -> declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of()))
                .as("another organisation's draft does not exist for it")
                .isInstanceOf(eu.buyzet.portal.shared.NotFoundException.class);
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of());
        submissions.publish(need.id(), need.version());
        TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        assertThatThrownBy(() -> declarations.declare(need.id(), -1, List.of(DIESEL_VAN), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_proposal_gathers_published_needs_of_its_forum_and_shows_what_they_cause_together() {
        Submission ours = draft("agency@demo.buyzet.eu", SubmissionKind.NEED, "Behov samlet i forslag, vårt");
        declarations.declare(ours.id(), -1, List.of(DIESEL_VAN), List.of());
        submissions.publish(ours.id(), ours.version());
        Submission theirs = draft("agency2@demo.buyzet.eu", SubmissionKind.NEED, "Need gathered in a proposal, theirs");
        declarations.declare(theirs.id(), -1, List.of(BATTERY_VAN, DIESEL_VAN), List.of());
        submissions.publish(theirs.id(), theirs.version());
        Submission unpublished = draft("agency2@demo.buyzet.eu", SubmissionKind.NEED, "Need still a draft");
        Submission proposal = draft("agency@demo.buyzet.eu", SubmissionKind.PROPOSAL, "Felles innkjøp av varelevering");
        assertThat(declarations.proposalFootprint(proposal.id())).isEmpty();
        assertThat(submissions.linkableNeeds(proposal.id())).extracting(Submission::id)
                .contains(ours.id(), theirs.id()).doesNotContain(unpublished.id());

        assertThatThrownBy(() -> submissions.linkNeeds(proposal.id(), List.of(ours.id(), unpublished.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("linkedNeeds", "validation.submission.link-published-need"));
        assertThatThrownBy(() -> submissions.linkNeeds(ours.id(), List.of(theirs.id())))
                .as("only a proposal gathers needs").isInstanceOf(ValidationException.class);
        assertThat(submissions.linkedNeeds(proposal.id())).isEmpty();

        assertThat(submissions.linkNeeds(proposal.id(), List.of(ours.id(), theirs.id(), ours.id())))
                .extracting(Submission::id).containsExactly(ours.id(), theirs.id());
        ProposalFootprint sum = declarations.proposalFootprint(proposal.id()).orElseThrow();
        assertThat(sum.needs()).containsExactly(ours.id(), theirs.id());
        var expected = eu.buyzet.portal.footprint.calculator.FootprintCalculator.calculate(
                footprintsDefault(),
                List.of(DIESEL_VAN, BATTERY_VAN, DIESEL_VAN));
        assertThat(sum.result().total().co2eWtwKg()).isCloseTo(expected.total().co2eWtwKg(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sum.result().total().vehicleKm()).isEqualTo(3 * 12_500);

        TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        assertThatThrownBy(() -> submissions.linkNeeds(proposal.id(), List.of()))
                .as("another agency's draft proposal is not there for it")
                .isInstanceOf(eu.buyzet.portal.shared.NotFoundException.class);
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(submissions.linkNeeds(proposal.id(), List.of(theirs.id()))).extracting(Submission::id)
                .containsExactly(theirs.id());
        assertThat(declarations.proposalFootprint(proposal.id()).orElseThrow().result().total().vehicleKm())
                .isEqualTo(2 * 12_500);

        // a need declared before the plausibility checks is left out and counted, not the whole sum with it
        assertThat(submissions.linkNeeds(proposal.id(), List.of(ours.id(), theirs.id()))).hasSize(2);
        jdbc.sql("update footprint_declaration set flows = jsonb_set(flows, '{0,energyPerKm}', '5') where submission_id = ?")
                .param(theirs.id().value()).update();
        ProposalFootprint partly = declarations.proposalFootprint(proposal.id()).orElseThrow();
        assertThat(partly.needsRefused()).isEqualTo(1);
        assertThat(partly.result()).isNotNull();
        assertThat(partly.result().total().vehicleKm()).isEqualTo(12_500);
    }

    @Autowired FootprintService footprintService;

    private eu.buyzet.portal.footprint.calculator.FactorSet footprintsDefault() {
        return footprintService.defaultFactorSet();
    }
}
