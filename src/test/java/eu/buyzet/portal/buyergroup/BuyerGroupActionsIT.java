package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The steps a group's page offers are the steps the services let the reader take: the offer is
 * computed from the same rule each step enforces, so a step the page does not offer is refused.
 */
@PortalIntegrationTest
class BuyerGroupActionsIT {

    static final String LEAD = "agency@demo.buyzet.eu";
    static final String MEMBER = "agency2@demo.buyzet.eu";
    static final String OTHER_AGENCY = "agency3@demo.buyzet.eu";
    static final String SUPPLIER = "supplier@demo.buyzet.eu";
    static final String MODERATOR = "moderator@demo.buyzet.eu";
    static final String ADMIN = "admin@demo.buyzet.eu";
    /** No email: anonymous. */
    static final String ANONYMOUS = "";
    static final List<String> READERS = List.of(LEAD, MEMBER, OTHER_AGENCY, SUPPLIER, MODERATOR, ADMIN, ANONYMOUS);
    /** The answers of the rule; any other refusal would be about the input, not about who or when. */
    static final Set<String> RULE_KEYS = Set.of("validation.buyer-group.wrong-state",
            "validation.buyer-group.already-member", "validation.buyer-group.lead-cannot-leave",
            "validation.buyer-group.letter-signed", "validation.buyer-group.interest-closed",
            "validation.buyer-group.lead-share-required", "validation.buyer-group.lead-letter-required",
            "validation.buyer-group.two-letters-required");
    static final NoticeReference DOFFIN = new NoticeReference(NoticeReference.System.DOFFIN, "2026-104999",
            "https://doffin.no/notices/2026-104999");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired BuyerGroupService groups;
    @Autowired BuyerGroupLifecycle lifecycle;
    @Autowired BuyerGroupShares shares;
    @Autowired BuyerGroupInterest interest;
    @Autowired SubmissionService submissions;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void as(String email) {
        if (email.isEmpty()) {
            TestUsers.signOut(security);
        } else {
            TestUsers.signIn(security, jdbc, email);
        }
    }

    /** A published joint-purchase proposal of the lead agency, gathering no need. */
    private Submission publishedProposal(String title) {
        as(LEAD);
        ForumId schools = ForumId.of(jdbc.sql("select id from forum where title_en = 'Goods delivery to schools'")
                .query(Long.class).single());
        Submission p = submissions.create(new SubmissionDraft(schools, SubmissionKind.PROPOSAL, title, "", "",
                List.of("60100000-9")));
        return submissions.publish(p.id(), p.version());
    }

    private MemberShare share(String email) {
        as(email);
        long contract = contracts.create(new ContractDetails("Tilbudt steg " + email, null, List.of("60100000-9"),
                "AS", null, "NOK", null, List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 500, 10))))
                .id().value();
        return new MemberShare(BigDecimal.valueOf(120), DemandUnit.DELIVERIES_PER_YEAR, null, "NOK",
                new FootprintSource(FootprintSource.Kind.CONTRACT, contract), "Kontakt", "kontakt@example.org",
                Set.of(), true);
    }

    private Map<String, Set<GroupAction>> offered(BuyerGroup g) {
        Map<String, Set<GroupAction>> offered = new LinkedHashMap<>();
        for (String reader : READERS) {
            as(reader);
            offered.put(reader.isEmpty() ? "anonymous" : reader, groups.page(g.id()).actions());
        }
        return offered;
    }

    private static Set<GroupAction> of(GroupAction... actions) {
        return actions.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(actions));
    }

    @Test
    void each_reader_is_offered_the_steps_its_relation_and_the_groups_state_allow() {
        Submission p = publishedProposal("Tilbudte steg");
        assertThat(lifecycle.mayForm(submissions.get(p.id()))).isTrue();
        BuyerGroup g = lifecycle.form(p.id(), null, null);
        assertThat(lifecycle.mayForm(submissions.get(p.id()))).as("once only").isFalse();
        as(MEMBER);
        assertThat(lifecycle.mayForm(submissions.get(p.id()))).as("not the proposal's agency").isFalse();
        MemberShare lead = share(LEAD);
        shares.join(g, lead);
        MemberShare member = share(MEMBER);
        shares.join(g, member);

        Map<String, Set<GroupAction>> expected = new LinkedHashMap<>();
        expected.put(LEAD, of(GroupAction.CHANGE_SHARE, GroupAction.SIGN_LETTER, GroupAction.CANCEL));
        expected.put(MEMBER, of(GroupAction.CHANGE_SHARE, GroupAction.SIGN_LETTER, GroupAction.LEAVE));
        expected.put(OTHER_AGENCY, of(GroupAction.JOIN));
        expected.put(SUPPLIER, of(GroupAction.REGISTER_INTEREST));
        expected.put(MODERATOR, of(GroupAction.CANCEL));
        expected.put(ADMIN, of(GroupAction.CANCEL));
        expected.put("anonymous", of());
        assertThat(offered(g)).isEqualTo(expected);

        as(LEAD);
        shares.signLetterOfIntent(g, "Ingrid Hansen");
        as(SUPPLIER);
        interest.registerInterest(g, null, "Elektriske varebiler", List.of());
        Map<String, Set<GroupAction>> afterwards = offered(g);
        assertThat(afterwards.get(LEAD)).as("a letter is signed once; committing waits for a second one")
                .isEqualTo(of(GroupAction.CHANGE_SHARE, GroupAction.CANCEL));
        as(LEAD);
        assertThatThrownBy(() -> shares.signLetterOfIntent(g, "Ingrid Hansen igjen"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("signerName", "validation.buyer-group.letter-signed"));
        assertThat(afterwards.get(SUPPLIER))
                .isEqualTo(of(GroupAction.CHANGE_INTEREST, GroupAction.WITHDRAW_INTEREST));

        as(MEMBER);
        shares.signLetterOfIntent(g, "Erik Johansen");
        assertThat(offered(g).get(LEAD)).isEqualTo(of(GroupAction.CHANGE_SHARE, GroupAction.COMMIT, GroupAction.CANCEL));
        as(LEAD);
        lifecycle.commit(groups.get(g.id()));
        Map<String, Set<GroupAction>> committed = offered(g);
        assertThat(committed.get(LEAD)).isEqualTo(of(GroupAction.START_TENDERING, GroupAction.CANCEL));
        assertThat(committed.get(MEMBER)).isEmpty();
        assertThat(committed.get(OTHER_AGENCY)).isEmpty();
        assertThat(committed.get(SUPPLIER)).isEqualTo(of(GroupAction.CHANGE_INTEREST, GroupAction.WITHDRAW_INTEREST));
        assertThat(committed.get(MODERATOR)).isEqualTo(of(GroupAction.CANCEL));
        assertThat(committed.get("anonymous")).isEmpty();
    }

    @Test
    void the_lead_is_told_what_committing_waits_for_until_it_may_commit_and_no_one_else_is() {
        Submission p = publishedProposal("Neste steg");
        BuyerGroup g = lifecycle.form(p.id(), null, null);
        assertThat(groups.page(g.id()).nextSteps()).as("the proposal gathers no need of the lead's: no share yet")
                .containsExactly(Map.entry(GroupAction.COMMIT, "validation.buyer-group.lead-share-required"));
        shares.join(g, share(LEAD));
        assertThat(groups.page(g.id()).nextSteps())
                .containsExactly(Map.entry(GroupAction.COMMIT, "validation.buyer-group.lead-letter-required"));
        shares.signLetterOfIntent(g, "Ingrid Hansen");
        assertThat(groups.page(g.id()).nextSteps())
                .containsExactly(Map.entry(GroupAction.COMMIT, "validation.buyer-group.two-letters-required"));
        as(MEMBER);
        shares.join(g, share(MEMBER));
        assertThat(groups.page(g.id()).nextSteps()).as("not the member's step").isEmpty();
        shares.signLetterOfIntent(g, "Erik Johansen");
        as(LEAD);
        BuyerGroupPage ready = groups.page(g.id());
        assertThat(ready.nextSteps()).isEmpty();
        assertThat(ready.actions()).contains(GroupAction.COMMIT);
    }

    @Test
    void a_step_the_page_does_not_offer_is_refused_by_the_service_for_who_or_when_and_changes_nothing() {
        Submission p = publishedProposal("Nektede steg");
        BuyerGroup g = lifecycle.form(p.id(), null, null);
        shares.join(g, share(LEAD));
        shares.join(g, share(MEMBER));
        MemberShare outsiders = share(OTHER_AGENCY);
        SoftAssertions soft = new SoftAssertions();
        refusals(g, outsiders, soft);
        as(LEAD);
        shares.signLetterOfIntent(g, "Ingrid Hansen");
        as(MEMBER);
        shares.signLetterOfIntent(g, "Erik Johansen");
        as(LEAD);
        lifecycle.commit(groups.get(g.id()));
        refusals(g, outsiders, soft);
        as(LEAD);
        lifecycle.startTendering(groups.get(g.id()), DOFFIN);
        refusals(g, outsiders, soft);
        soft.assertAll();
    }

    /** Tries, as every reader, every step not offered to it (interest changes are registrations again). */
    private void refusals(BuyerGroup g, MemberShare outsiders, SoftAssertions soft) {
        for (String reader : READERS) {
            as(LEAD);
            int steps = groups.steps(g.id()).size();
            BuyerGroup before = groups.get(g.id());
            as(reader);
            Set<GroupAction> offered = groups.page(g.id()).actions();
            for (GroupAction action : GroupAction.values()) {
                if (offered.contains(action) || action == GroupAction.CHANGE_INTEREST
                        || action == GroupAction.WITHDRAW_INTEREST) {
                    continue;
                }
                as(reader);
                String what = action + " as " + (reader.isEmpty() ? "anonymous" : reader) + " in " + before.status();
                soft.assertThatThrownBy(() -> take(action, before, outsiders)).as(what).satisfiesAnyOf(
                        e -> assertThat(e).isInstanceOfAny(AccessDeniedException.class,
                                AuthenticationCredentialsNotFoundException.class),
                        e -> assertThat(e).isInstanceOfSatisfying(ValidationException.class,
                                v -> assertThat(RULE_KEYS).containsAll(v.fieldErrors().values())));
            }
            as(LEAD);
            soft.assertThat(groups.steps(g.id())).as("nothing happened").hasSize(steps);
            soft.assertThat(groups.get(g.id()).version()).isEqualTo(before.version());
        }
    }

    private void take(GroupAction action, BuyerGroup g, MemberShare share) {
        switch (action) {
            case JOIN -> shares.join(g, share);
            case CHANGE_SHARE -> shares.changeShare(g, 0, share);
            case SIGN_LETTER -> shares.signLetterOfIntent(g, "Navn");
            case LEAVE -> shares.leave(g);
            case COMMIT -> lifecycle.commit(g);
            case START_TENDERING -> lifecycle.startTendering(g, DOFFIN);
            case AWARD -> lifecycle.award(g);
            case CANCEL -> lifecycle.cancel(g, "Grunn");
            case REGISTER_INTEREST, CHANGE_INTEREST -> interest.registerInterest(g,
                    interest.myInterest(g.id()).map(SupplierInterest::registeredAt).orElse(null), "Vi kan", List.of());
            case WITHDRAW_INTEREST -> interest.withdrawInterest(g);
        }
    }
}
