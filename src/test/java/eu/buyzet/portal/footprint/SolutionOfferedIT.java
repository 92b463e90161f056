package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestForums;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionAction;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A supplier offers a solution from a published need's page: the solution answers the need, starts
 * with the need's declared flows as its baseline, is published once it declares its own, and the
 * need and the solution lead to each other. A need no one else may see gives nothing.
 */
@PortalIntegrationTest
class SolutionOfferedIT {

    private static final String AGENCY = "agency@demo.buyzet.eu";
    private static final String SUPPLIER = "supplier@demo.buyzet.eu";
    private static final Flow AGENCY_VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 9000, 14);
    private static final Flow CARGO_BIKES = Flow.distance(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 9000, 14);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired DeclarationService declarations;
    @Autowired SubmissionService submissions;
    @Autowired SolutionAnswers answers;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private Submission publishedNeed(String title) {
        TestUsers.signIn(security, jdbc, AGENCY);
        ForumId forum = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission need = submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED, title, "", "",
                List.of("90511000-2")));
        declarations.declare(need.id(), -1, List.of(AGENCY_VANS), List.of());
        return submissions.publish(need.id(), need.version());
    }

    private static SubmissionDraft solution(String title) {
        return new SubmissionDraft(null, SubmissionKind.SOLUTION, title, "Sykkel og elvarebil", "", List.of());
    }

    @Test
    void an_offered_solution_answers_the_need_starts_from_its_flows_and_they_lead_to_each_other() {
        Submission need = publishedNeed("Innsamling fra 40 gjenvinningsstasjoner");
        TestUsers.signIn(security, jdbc, SUPPLIER);
        assertThat(submissions.page(need.id()).may(SubmissionAction.OFFER_SOLUTION)).isTrue();

        Submission offered = answers.offer(need.id(), solution("Lastesykler fra Alna"));
        assertThat(offered.forumId()).isEqualTo(need.forumId());
        assertThat(offered.status()).isEqualTo(SubmissionStatus.DRAFT);
        Declaration start = declarations.find(offered.id()).orElseThrow();
        assertThat(start.baselineFlows()).containsExactly(AGENCY_VANS);
        assertThat(start.flows()).isEmpty();
        assertThat(declarations.card(submissions.page(offered.id())).preview()).as("nothing of its own to preview").isEmpty();
        assertThatThrownBy(() -> submissions.publish(offered.id(), offered.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("footprint", "validation.footprint.required-to-publish"));

        TestUsers.signOut(security);
        assertThat(answers.answering(need)).as("a draft is its author's alone").isEmpty();
        TestUsers.signIn(security, jdbc, SUPPLIER);
        assertThat(answers.answering(need)).extracting(Submission::id).containsExactly(offered.id());

        declarations.declare(offered.id(), start.version(), List.of(CARGO_BIKES), start.baselineFlows());
        Submission published = submissions.publish(offered.id(), offered.version());
        assertThat(declarations.results(published.id()).getFirst().reduction()).isNotNull();

        TestUsers.signOut(security);
        assertThat(answers.answering(need)).extracting(Submission::id).containsExactly(published.id());
        assertThat(answers.answeredNeed(published)).map(Submission::id).contains(need.id());
        assertThat(answers.answeredNeedsPublic(List.of(published))).containsEntry(published.id(), need.id());
    }

    @Test
    void only_suppliers_offer_and_only_to_a_need_they_may_see_published() {
        Submission need = publishedNeed("Tømming av nedgravde containere");
        assertThat(submissions.page(need.id()).may(SubmissionAction.OFFER_SOLUTION)).as("the agency").isFalse();
        assertThatThrownBy(() -> answers.offer(need.id(), solution("Byrået tilbyr")))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        Submission hidden = submissions.hide(need.id(), need.version(), "Dobbeltpostert");
        TestUsers.signIn(security, jdbc, SUPPLIER);
        assertThatThrownBy(() -> answers.offer(hidden.id(), solution("Svar på skjult behov")))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from submission where title = 'Svar på skjult behov'")
                .query(Integer.class).single()).as("nothing half-saved").isZero();
    }

    @Test
    void a_solution_never_answers_another_solution_nor_a_draft() {
        TestUsers.signIn(security, jdbc, AGENCY);
        ForumId forum = TestForums.byEnglishTitle(jdbc, "Zero-emission waste collection");
        Submission draftNeed = submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED, "Utkast til behov", "",
                "", List.of()));
        TestUsers.signIn(security, jdbc, SUPPLIER);
        assertThatThrownBy(() -> answers.offer(draftNeed.id(), solution("Svar på utkast")))
                .isInstanceOf(NotFoundException.class);
        Submission need = publishedNeed("Henting av hageavfall");
        TestUsers.signIn(security, jdbc, SUPPLIER);
        Submission first = answers.offer(need.id(), solution("Første svar"));
        assertThatThrownBy(() -> answers.offer(first.id(), solution("Svar på et svar")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
