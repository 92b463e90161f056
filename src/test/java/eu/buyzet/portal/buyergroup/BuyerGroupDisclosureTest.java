package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Reader;
import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Relation;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The policy's rule for totals, on its own: 1, 2 and 3 hidden shares, as every relation. */
class BuyerGroupDisclosureTest {

    static final OrganisationId LEAD = OrganisationId.of(1);
    static final BuyerGroup FORMING = group(BuyerGroupStatus.FORMING);

    static BuyerGroup group(BuyerGroupStatus status) {
        return new BuyerGroup(BuyerGroupId.of(9), SubmissionId.of(9), "t", ForumId.of(1), LEAD, "Lead", null, null,
                status, null, null, null, Instant.now(), 0);
    }

    static GroupMember member(long org, int quantity, boolean visible, boolean signed) {
        return member(org, quantity, visible, visible, signed);
    }

    static GroupMember member(long org, int quantity, boolean toAgencies, boolean toSuppliers, boolean signed) {
        return new GroupMember(OrganisationId.of(org), "Org " + org, null, BigDecimal.valueOf(quantity),
                DemandUnit.TRIPS_PER_YEAR, BigDecimal.TEN, "NOK", new FootprintSource(FootprintSource.Kind.CONTRACT, org),
                quantity * 2.0, quantity * 1.5, quantity * 10.0, "Kontakt " + org, "k" + org + "@example.org",
                Set.of(ProcedurePart.MARKET_DIALOGUE), toAgencies, toSuppliers, signed ? "Signer " + org : null,
                signed ? Instant.now() : null, Instant.now(), 0);
    }

    /** The lead (1) and member 2 visible; members 3, 4, 5: as many hidden as asked, the rest visible. */
    static List<GroupMember> members(int hidden) {
        List<GroupMember> all = new ArrayList<>(List.of(member(1, 1000, true, true), member(2, 200, true, true)));
        for (int i = 0; i < 3; i++) {
            all.add(member(3 + i, 30 + i, i >= hidden, i % 2 == 0));
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void no_outsider_gets_a_total_that_includes_a_hidden_share(int hidden) {
        for (Relation outsider : List.of(Relation.ANONYMOUS, Relation.SUPPLIER, Relation.OTHER_AGENCY, Relation.OTHER)) {
            Demand d = BuyerGroupDisclosure.demand(new Reader(outsider, OrganisationId.of(77)), FORMING, members(hidden), 0);
            assertThat(d.units()).singleElement().satisfies(u -> assertThat(u.quantity()).isNull());
            assertThat(d.baselineCo2eKg()).isNull();
            assertThat(d.tailpipeCo2eKg()).isNull();
            assertThat(d.vehicleKm()).isNull();
            assertThat(d.hiddenShares()).isEqualTo(hidden);
            assertThat(d.breakdown()).hasSize(5 - hidden).allMatch(MemberView::shareVisible)
                    .allMatch(m -> m.annualValue() == null && m.jointParts() == null && m.contactEmail() == null
                            && m.letterSignedBy() == null);
        }
    }

    @Test
    void a_share_shown_to_agencies_only_is_seen_by_fellow_members_and_other_agencies_never_by_suppliers_or_the_public() {
        List<GroupMember> all = List.of(member(1, 1000, true, false, true), member(2, 200, true, true, true));
        for (Relation agency : List.of(Relation.MEMBER, Relation.OTHER_AGENCY)) {
            Reader r = new Reader(agency, OrganisationId.of(2));
            Demand d = BuyerGroupDisclosure.demand(r, FORMING, all, 0);
            assertThat(d.units().getFirst().quantity()).as(agency.name()).isEqualByComparingTo("1200");
            assertThat(d.baselineCo2eKg()).isEqualTo(2400.0);
            assertThat(BuyerGroupDisclosure.members(r, FORMING, all)).first()
                    .satisfies(m -> assertThat(m.quantity()).isEqualByComparingTo("1000"))
                    .satisfies(m -> assertThat(m.shareVisibleToAgencies()).isTrue())
                    .satisfies(m -> assertThat(m.shareVisible()).isFalse());
        }
        for (Relation outsider : List.of(Relation.ANONYMOUS, Relation.SUPPLIER, Relation.OTHER)) {
            Reader r = new Reader(outsider, OrganisationId.of(77));
            Demand d = BuyerGroupDisclosure.demand(r, FORMING, all, 0);
            assertThat(d.units().getFirst().quantity()).as(outsider.name()).isNull();
            assertThat(d.baselineCo2eKg()).isNull();
            assertThat(d.breakdown()).extracting(m -> m.organisationId().value()).containsExactly(2L);
            assertThat(BuyerGroupDisclosure.members(r, FORMING, all)).extracting(m -> m.organisationId().value())
                    .containsExactly(2L);
        }
    }

    @Test
    void a_member_that_is_one_of_two_hidden_shares_gets_no_total_to_subtract_its_own_from() {
        Reader third = new Reader(Relation.MEMBER, OrganisationId.of(3));
        Demand d = BuyerGroupDisclosure.demand(third, FORMING, members(2), 0);
        assertThat(d.units().getFirst().quantity()).isNull();
        assertThat(d.baselineCo2eKg()).isNull();
        assertThat(d.breakdown()).extracting(m -> m.organisationId().value()).containsExactly(1L, 2L, 3L, 5L);
        assertThat(BuyerGroupDisclosure.members(third, FORMING, members(2)))
                .filteredOn(m -> m.organisationId().value() == 4).singleElement()
                .satisfies(m -> assertThat(m.quantity()).isNull())
                .satisfies(m -> assertThat(m.annualValue()).isNull())
                .satisfies(m -> assertThat(m.contactEmail()).isNotNull());
    }

    @Test
    void a_member_whose_own_share_is_the_only_hidden_one_sees_the_totals() {
        Demand d = BuyerGroupDisclosure.demand(new Reader(Relation.MEMBER, OrganisationId.of(3)), FORMING, members(1), 0);
        assertThat(d.units().getFirst().quantity()).isEqualByComparingTo("1293");
        assertThat(d.hiddenShares()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void the_lead_the_moderators_and_admins_see_every_share_and_the_totals(int hidden) {
        for (Relation r : List.of(Relation.LEAD, Relation.MODERATOR, Relation.ADMIN)) {
            Demand d = BuyerGroupDisclosure.demand(new Reader(r, r == Relation.LEAD ? LEAD : OrganisationId.of(50)),
                    FORMING, members(hidden), 0);
            assertThat(d.units().getFirst().quantity()).isEqualByComparingTo("1293");
            assertThat(d.breakdown()).hasSize(5);
            assertThat(d.hiddenShares()).isZero();
        }
    }

    @Test
    void once_committed_only_signers_count_and_a_public_total_of_public_signers_is_shown() {
        // signers: 1, 2 (visible), 3 and 5 (hidden when hidden = 3) -> with one hidden (3) it is withheld
        Reader anyone = Reader.PUBLIC;
        Demand oneHiddenSigner = BuyerGroupDisclosure.demand(anyone, group(BuyerGroupStatus.COMMITTED), members(1), 0);
        assertThat(oneHiddenSigner.counted()).isEqualTo(4);
        assertThat(oneHiddenSigner.units().getFirst().quantity()).isNull();
        List<GroupMember> publicSigners = List.of(member(1, 1000, true, true), member(2, 200, true, true),
                member(3, 30, false, false));
        Demand d = BuyerGroupDisclosure.demand(anyone, group(BuyerGroupStatus.COMMITTED), publicSigners, 0);
        assertThat(d.units().getFirst().quantity()).as("the hidden non-signer is not in it").isEqualByComparingTo("1200");
    }

    @Test
    void outsiders_see_no_letters_no_interest_steps_no_names_and_no_figures_in_the_timeline() {
        List<GroupStep> steps = List.of(
                new GroupStep("joined", null, null, "30 TRIPS_PER_YEAR", "Person", "Org 3", Instant.now()),
                new GroupStep("letter-signed", null, null, "Signer 3", "Person", "Org 3", Instant.now()),
                new GroupStep("interest-registered", null, null, "Supplier AS", "Person", "Supplier AS", Instant.now()),
                new GroupStep("cancelled", BuyerGroupStatus.FORMING, BuyerGroupStatus.CANCELLED, "why", "Person", "Org 1",
                        Instant.now()));
        assertThat(BuyerGroupDisclosure.steps(Reader.PUBLIC, steps)).extracting(GroupStep::step, GroupStep::detail,
                GroupStep::byName).containsExactly(org.assertj.core.groups.Tuple.tuple("joined", null, null),
                org.assertj.core.groups.Tuple.tuple("cancelled", "why", null));
        assertThat(BuyerGroupDisclosure.steps(new Reader(Relation.MEMBER, OrganisationId.of(2)), steps))
                .hasSize(4).first().satisfies(s -> assertThat(s.detail()).isNull());
        assertThat(BuyerGroupDisclosure.steps(new Reader(Relation.LEAD, LEAD), steps)).first()
                .satisfies(s -> assertThat(s.detail()).isEqualTo("30 TRIPS_PER_YEAR"));
    }
}
