package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalIntegrationTest
class BuyerGroupServiceIT {

    static final String LEAD = "agency@demo.buyzet.eu";
    static final String SECOND = "agency2@demo.buyzet.eu";
    static final String THIRD = "agency3@demo.buyzet.eu";
    static final String SUPPLIER = "supplier@demo.buyzet.eu";
    static final String MODERATOR = "moderator@demo.buyzet.eu";
    static final Flow VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired BuyerGroupService groups;
    @Autowired BuyerGroupLifecycle lifecycle;
    @Autowired BuyerGroupShares shares;
    @Autowired BuyerGroupInterest interest;
    @Autowired BuyerGroupExports exports;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private PortalUser as(String email) {
        return TestUsers.signIn(security, jdbc, email);
    }

    /** A published joint-purchase proposal of the lead agency, in the public schools forum. */
    private SubmissionId proposal(String title) {
        as(LEAD);
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Goods delivery to schools'")
                .query(Long.class).single());
        Submission p = submissions.create(new SubmissionDraft(forum, SubmissionKind.PROPOSAL, title, "", "",
                List.of("60100000-9")));
        submissions.publish(p.id(), p.version());
        return p.id();
    }

    /** The agency's own mapped contract, as the source of its current footprint. */
    private FootprintSource contract(String email, double trips) {
        as(email);
        MappedContract c = contracts.create(new ContractDetails("Varelevering " + email, null, List.of("60100000-9"),
                "Leverandør AS", null, "NOK", null, List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL,
                trips, 12.5))));
        return new FootprintSource(FootprintSource.Kind.CONTRACT, c.id().value());
    }

    private static MemberShare share(FootprintSource source, int quantity, boolean visible) {
        return new MemberShare(BigDecimal.valueOf(quantity), DemandUnit.DELIVERIES_PER_YEAR, new BigDecimal("1000000"),
                "NOK", source, "Kari Kontakt", "kari@example.org", Set.of(ProcedurePart.TENDERING_AND_AWARD), visible);
    }

    /** A group of three: the lead (visible), the second (visible), the third (hidden). */
    private BuyerGroup groupOfThree(String title) {
        SubmissionId p = proposal(title);
        FootprintSource lead = contract(LEAD, 1000);
        FootprintSource second = contract(SECOND, 2000);
        FootprintSource third = contract(THIRD, 3000);
        as(LEAD);
        BuyerGroup g = lifecycle.form(p, null, LocalDate.now().plusMonths(6));
        shares.join(g, share(lead, 400, true));
        as(SECOND);
        shares.join(g, share(second, 300, true));
        as(THIRD);
        shares.join(g, share(third, 250, false));
        return g;
    }

    private void commit(BuyerGroup g) {
        as(LEAD);
        shares.signLetterOfIntent(g, "Ingrid Hansen");
        as(SECOND);
        shares.signLetterOfIntent(g, "Erik Johansen");
        as(LEAD);
        lifecycle.commit(groups.get(g.id()));
    }

    private static final NoticeReference DOFFIN = new NoticeReference(NoticeReference.System.DOFFIN, "2026-104321",
            "https://doffin.no/notices/2026-104321");

    @Test
    void a_planned_tender_date_a_generation_away_is_refused_and_no_group_is_formed() {
        SubmissionId p = proposal("Felles innkjøp langt fram");
        as(LEAD);
        assertThatThrownBy(() -> lifecycle.form(p, null, LocalDate.now().plusYears(11)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnly(Map.entry("plannedTenderDate", "validation.date.years"));
                    assertThat(e.arguments("plannedTenderDate"))
                            .containsExactly(LocalDate.now().getYear(), LocalDate.now().getYear() + 10);
                });
        assertThat(lifecycle.form(p, null, LocalDate.now().plusYears(2)).plannedTenderDate())
                .isEqualTo(LocalDate.now().plusYears(2));
    }

    @Test
    void a_share_whose_quantity_rounds_to_nothing_is_refused_at_the_field_not_by_the_database() {
        SubmissionId p = proposal("Felles innkjøp, brøkdel");
        FootprintSource lead = contract(LEAD, 1000);
        as(LEAD);
        BuyerGroup g = lifecycle.form(p, null, null);
        MemberShare tiny = new MemberShare(new BigDecimal("0.004"), DemandUnit.DELIVERIES_PER_YEAR, null, "NOK", lead,
                "Kari Kontakt", "kari@example.org", Set.of(ProcedurePart.TENDERING_AND_AWARD), true);

        assertThatThrownBy(() -> shares.join(g, tiny)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsOnly(Map.entry("quantity", "validation.buyer-group.quantity")));
    }

    @Test
    void of_two_colleagues_saving_their_organisations_interest_the_second_is_told_and_nothing_is_lost() {
        BuyerGroup g = groupOfThree("Felles innkjøp, to kolleger");
        as(SUPPLIER);
        SupplierInterest first = interest.registerInterest(g, null, "Vi leverer med elektriske varebiler", List.of());

        // a colleague's page still offered "register interest"
        assertThatThrownBy(() -> interest.registerInterest(g, null, "Vi har lastesykler", List.of()))
                .isInstanceOf(ConcurrentEditException.class);
        SupplierInterest changed = interest.registerInterest(g, first.registeredAt(), "Varebiler og lastesykler",
                List.of());
        // the first colleague saves again from the page they had open
        assertThatThrownBy(() -> interest.registerInterest(g, first.registeredAt(), "Bare varebiler", List.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(interest.myInterest(g.id()).orElseThrow().statement()).isEqualTo(changed.statement());

        // withdrawn by one colleague, not registered again by another's open form
        interest.withdrawInterest(g);
        assertThatThrownBy(() -> interest.registerInterest(g, changed.registeredAt(), "Likevel", List.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(interest.myInterest(g.id())).isEmpty();
    }

    @Test
    void three_agencies_form_a_group_two_commit_and_the_lead_takes_it_to_tender_and_award() {
        BuyerGroup g = groupOfThree("Felles varelevering, livsløp");
        as(LEAD);
        assertThat(shares.members(g.id())).hasSize(3);
        assertThat(shares.demand(g.id()).units()).singleElement()
                .satisfies(u -> assertThat(u.quantity()).isEqualByComparingTo("950"));

        assertThatThrownBy(() -> lifecycle.commit(groups.get(g.id())))
                .as("the lead signs first").isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.fieldErrors()).containsEntry("letters", "validation.buyer-group.lead-letter-required"));
        shares.signLetterOfIntent(g, "Ingrid Hansen");
        assertThatThrownBy(() -> lifecycle.commit(groups.get(g.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("letters", "validation.buyer-group.two-letters-required"));
        as(SECOND);
        assertThat(shares.signLetterOfIntent(g, "  Erik Johansen ").letterSignedBy()).isEqualTo("Erik Johansen");
        as(LEAD);
        BuyerGroup committed = lifecycle.commit(groups.get(g.id()));
        assertThat(committed.status()).isEqualTo(BuyerGroupStatus.COMMITTED);
        Demand demand = shares.demand(g.id());
        assertThat(demand.counted()).as("the third did not sign").isEqualTo(2);
        assertThat(demand.units().getFirst().quantity()).isEqualByComparingTo("700");

        assertThatThrownBy(() -> lifecycle.startTendering(committed, new NoticeReference(
                NoticeReference.System.DOFFIN, "12345", "http://example.org/x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("noticeId", "validation.buyer-group.doffin-id")
                        .containsEntry("noticeUrl", "validation.buyer-group.notice-url"));
        BuyerGroup tendering = lifecycle.startTendering(committed, DOFFIN);
        assertThat(tendering.notice()).isEqualTo(DOFFIN);
        assertThatThrownBy(() -> lifecycle.award(committed)).isInstanceOf(ConcurrentEditException.class);
        BuyerGroup awarded = lifecycle.award(tendering);
        assertThat(awarded.status()).isEqualTo(BuyerGroupStatus.AWARDED);

        assertThat(groups.steps(g.id())).extracting(GroupStep::step).containsExactly("formed", "joined", "joined",
                "joined", "letter-signed", "letter-signed", "committed", "tendering", "awarded");
        assertThat(groups.steps(g.id())).allSatisfy(s -> assertThat(s.byName()).isNotBlank());
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'buyer-group' and subject_id = ?")
                .param(g.id().toString()).query(Integer.class).single()).isEqualTo(9);
    }

    @Test
    void each_step_is_taken_only_by_whom_it_belongs_to() {
        BuyerGroup g = groupOfThree("Felles varelevering, roller");
        BuyerGroup v = groups.get(g.id());
        for (String who : List.of(SECOND, THIRD, SUPPLIER, MODERATOR)) {
            as(who);
            assertThatThrownBy(() -> lifecycle.commit(v)).as(who + " commits")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifecycle.startTendering(v, DOFFIN)).as(who + " tenders")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifecycle.award(v)).as(who + " awards").isInstanceOf(AccessDeniedException.class);
        }
        for (String who : List.of(SECOND, THIRD, SUPPLIER)) {
            as(who);
            assertThatThrownBy(() -> lifecycle.cancel(v, "Nei")).as(who + " cancels")
                    .isInstanceOf(AccessDeniedException.class);
        }
        as(SUPPLIER);
        assertThatThrownBy(() -> shares.join(g, share(new FootprintSource(FootprintSource.Kind.CONTRACT, 1), 1, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shares.members(g.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interest.interests(g.id())).isInstanceOf(AccessDeniedException.class);
        as("supplier2@demo.buyzet.eu");
        assertThatThrownBy(() -> shares.signLetterOfIntent(g, "Ahmed")).isInstanceOf(AccessDeniedException.class);

        as(LEAD);
        assertThatThrownBy(() -> shares.leave(g)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsEntry("organisation", "validation.buyer-group.lead-cannot-leave"));
        FootprintSource leadsContract = shares.myMembership(g.id()).orElseThrow().footprint();
        as(SECOND);
        assertThatThrownBy(() -> shares.members(g.id())).as("a member does not see every share's whole record")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shares.changeShare(g, 0, share(leadsContract, 1, true)))
                .as("another agency's contract is not a source of this one's footprint")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("footprint", "validation.buyer-group.footprint-not-yours"));
        GroupMember mine = shares.myMembership(g.id()).orElseThrow();
        assertThatThrownBy(() -> shares.join(g, share(mine.footprint(), 1, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("organisation", "validation.buyer-group.already-member"));
        shares.leave(g);
        assertThat(shares.myMembership(g.id())).isEmpty();

        as(MODERATOR);
        assertThatThrownBy(() -> lifecycle.cancel(v, " ")).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsEntry("reason", "validation.required"));
        assertThat(lifecycle.cancel(v, "Duplicate of another group").status()).isEqualTo(BuyerGroupStatus.CANCELLED);
        as(LEAD);
        assertThat(groups.get(g.id()).cancelReason()).isEqualTo("Duplicate of another group");
    }

    @Test
    void no_step_is_taken_in_the_wrong_state() {
        for (BuyerGroupStatus state : BuyerGroupStatus.values()) {
            BuyerGroup g = groupOfThree("Felles varelevering i tilstand " + state);
            switch (state) {
                case FORMING -> { }
                case COMMITTED -> commit(g);
                case TENDERING -> {
                    commit(g);
                    lifecycle.startTendering(groups.get(g.id()), DOFFIN);
                }
                case AWARDED -> {
                    commit(g);
                    lifecycle.award(lifecycle.startTendering(groups.get(g.id()), DOFFIN));
                }
                case CANCELLED -> {
                    as(LEAD);
                    lifecycle.cancel(groups.get(g.id()), "Ikke lenger aktuelt");
                }
            }
            as(LEAD);
            BuyerGroup v = groups.get(g.id());
            // steps that would move the group are tried only where they must be refused
            if (state != BuyerGroupStatus.FORMING) {
                assertRefused(() -> lifecycle.commit(v), state + " commit");
            }
            if (state != BuyerGroupStatus.COMMITTED) {
                assertRefused(() -> lifecycle.startTendering(v, DOFFIN), state + " tender");
            }
            if (state != BuyerGroupStatus.TENDERING) {
                assertRefused(() -> lifecycle.award(v), state + " award");
            }
            boolean forming = state == BuyerGroupStatus.FORMING;
            assertState(!forming, () -> shares.signLetterOfIntent(g, "Ingrid Hansen"), state + " letter");
            GroupMember lead = shares.myMembership(g.id()).orElseThrow();
            assertState(!forming, () -> shares.changeShare(g, lead.version(), share(lead.footprint(), 401, true)),
                    state + " share");
            as(THIRD);
            assertState(!forming, () -> {
                shares.leave(g);
                return null;
            }, state + " leave");
            as(SUPPLIER);
            boolean interestOpen = forming || state == BuyerGroupStatus.COMMITTED;
            assertState(!interestOpen, () -> interest.registerInterest(g, null, "Vi leverer med elektriske varebiler",
                    List.of()), state + " interest");
            as(LEAD);
            assertState(!state.isOpen(), () -> lifecycle.cancel(groups.get(g.id()), "Avlyst"),
                    state + " cancel");
        }
    }

    private static void assertRefused(Callable<?> step, String what) {
        assertState(true, step, what);
    }

    private static void assertState(boolean refused, Callable<?> step, String what) {
        if (refused) {
            assertThatThrownBy(step::call).as(what).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.fieldErrors()).containsKey("status"));
        } else {
            try {
                step.call();
            } catch (Exception e) {
                throw new AssertionError(what + " should be allowed", e);
            }
        }
    }

    @Test
    void twenty_agencies_joining_and_changing_shares_at_once_lose_no_share() throws Exception {
        SubmissionId p = proposal("Felles varelevering for tjue");
        BuyerGroup g = lifecycle.form(p, null, null);
        List<PortalUser> agencies = new ArrayList<>();
        List<FootprintSource> sources = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String orgNumber = validOrganisationNumber(70_001_000 + 20 * i);
            jdbc.sql("insert into organisation (name, kind, country, org_number) values (?, 'PUBLIC_AGENCY', 'NO', ?)"
                    + " on conflict do nothing").params("Parallell etat " + i, orgNumber).update();
            String email = "parallel" + i + "@test.buyzet.eu";
            jdbc.sql("insert into member (organisation_id, email, display_name, roles, preferred_locale)"
                            + " select id, ?, ?, '{AGENCY}', 'nb' from organisation where org_number = ? on conflict do nothing")
                    .params(email, "Etat " + i, orgNumber).update();
            sources.add(contract(email, 100 * i));
            agencies.add(as(email));
        }
        TestUsers.signOut(security);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<GroupMember>> joins = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                joins.add(pool.submit(() -> {
                    TestUsers.signIn(security, agencies.get(n));
                    start.await();
                    try {
                        return shares.join(g, share(sources.get(n), 10 + n, true));
                    } finally {
                        TestUsers.signOut(security);
                    }
                }));
            }
            start.countDown();
            List<GroupMember> joined = new ArrayList<>();
            for (Future<GroupMember> f : joins) {
                joined.add(f.get(60, TimeUnit.SECONDS));
            }

            CountDownLatch again = new CountDownLatch(1);
            List<Future<GroupMember>> changes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                changes.add(pool.submit(() -> {
                    TestUsers.signIn(security, agencies.get(n));
                    again.await();
                    try {
                        return shares.changeShare(g, joined.get(n).version(), share(sources.get(n), 100 + n, n % 2 == 0));
                    } finally {
                        TestUsers.signOut(security);
                    }
                }));
            }
            again.countDown();
            for (Future<GroupMember> f : changes) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        as(LEAD);
        List<GroupMember> members = shares.members(g.id());
        assertThat(members).hasSize(20);
        assertThat(members).extracting(m -> m.quantity().intValue())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(100, 120).boxed().toList());
        assertThat(shares.demand(g.id()).units().getFirst().quantity())
                .isEqualByComparingTo(BigDecimal.valueOf(java.util.stream.IntStream.range(100, 120).sum()));
        assertThat(groups.steps(g.id()).stream().filter(s -> s.step().equals("share-changed")).count()).isEqualTo(20);
    }

    @Test
    void suppliers_see_the_public_shares_but_never_a_total_that_includes_a_hidden_one() {
        BuyerGroup g = groupOfThree("Felles varelevering, skjult andel");
        as(SUPPLIER);
        Demand seen = shares.demand(g.id());
        assertThat(seen.memberNames()).hasSize(3);
        assertThat(seen.units().getFirst().quantity()).as("950 minus the public 400 and 300 is the hidden 250").isNull();
        assertThat(seen.baselineCo2eKg()).isNull();
        assertThat(seen.breakdownWithheld()).isTrue();
        assertThat(seen.hiddenShares()).isEqualTo(1);
        assertThat(seen.breakdown()).extracting(m -> m.quantity().intValue()).containsExactly(400, 300);

        as(SECOND);
        GroupMember second = shares.myMembership(g.id()).orElseThrow();
        shares.changeShare(g, second.version(), share(second.footprint(), 300, false));
        as(SUPPLIER);
        seen = shares.demand(g.id());
        assertThat(seen.breakdownWithheld()).isTrue();
        assertThat(seen.hiddenShares()).isEqualTo(2);
        assertThat(seen.units().getFirst().quantity()).as("950 minus 400 is the two hidden shares together").isNull();
        assertThat(seen.breakdown()).extracting(MemberView::quantity).singleElement()
                .satisfies(q -> assertThat(q).isEqualByComparingTo("400"));
        assertThat(seen.breakdown()).allMatch(MemberView::shareVisible);

        SubmissionId p = proposal("Felles varelevering, én skjult");
        FootprintSource only = contract(LEAD, 500);
        as(LEAD);
        BuyerGroup alone = lifecycle.form(p, null, null);
        shares.join(alone, share(only, 77, false));
        as(SUPPLIER);
        Demand single = shares.demand(alone.id());
        assertThat(single.units().getFirst().quantity()).as("a total of one hidden share is that share").isNull();
        assertThat(single.baselineCo2eKg()).isNull();
        as(LEAD);
        assertThat(shares.demand(alone.id()).units().getFirst().quantity()).isEqualByComparingTo("77");
    }

    @Test
    void suppliers_register_interest_with_their_solutions_members_see_who_and_suppliers_only_how_many() {
        BuyerGroup g = groupOfThree("Felles varelevering, leverandører");
        SubmissionId othersSolution = SubmissionId.of(jdbc.sql(
                "select s.id from submission s join member m on m.id = s.author_id where s.kind = 'SOLUTION'"
                        + " and s.status = 'PUBLISHED' and m.email = 'supplier2@demo.buyzet.eu' limit 1")
                .query(Long.class).single());
        SubmissionId ownSolution = SubmissionId.of(jdbc.sql(
                "select s.id from submission s join member m on m.id = s.author_id where s.kind = 'SOLUTION'"
                        + " and s.status = 'PUBLISHED' and m.email = ? limit 1").param(SUPPLIER)
                .query(Long.class).single());
        as(SUPPLIER);
        assertThatThrownBy(() -> interest.registerInterest(g, null, "Vi kan", List.of(othersSolution)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("solutions", "validation.buyer-group.own-published-solutions"));
        interest.registerInterest(g, null, "Elektriske varebiler og lastesykler", List.of(ownSolution));
        assertThat(interest.myInterest(g.id()).orElseThrow().solutions()).containsExactly(ownSolution);
        as("supplier2@demo.buyzet.eu");
        interest.registerInterest(g, null, "Electric trucks", List.of(othersSolution));
        assertThat(shares.demand(g.id()).capableSuppliers()).isEqualTo(2);
        assertThat(shares.demand(g.id()).marketMature()).isFalse();
        assertThatThrownBy(() -> interest.interests(g.id())).isInstanceOf(AccessDeniedException.class);
        as(THIRD);
        assertThat(interest.interests(g.id())).extracting(SupplierInterest::statement)
                .containsExactly("Elektriske varebiler og lastesykler", "Electric trucks");
        as(SUPPLIER);
        interest.withdrawInterest(g);
        assertThat(shares.demand(g.id()).capableSuppliers()).isEqualTo(1);
    }

    @Test
    void the_ocds_export_validates_against_the_official_schema_and_leaves_hidden_shares_out() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/ocds/release-schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        BuyerGroup g = groupOfThree("Felles varelevering, OCDS");
        as(SUPPLIER);
        interest.registerInterest(g, null, "Vi kan levere", List.of());
        as(LEAD);
        checkOcds(schema, g, "planned");
        commit(g);
        checkOcds(schema, g, "planned");
        lifecycle.startTendering(groups.get(g.id()), DOFFIN);
        JsonNode tendering = checkOcds(schema, g, "active");
        assertThat(tendering.at("/relatedProcesses/0/identifier").asString()).isEqualTo("2026-104321");

        TestUsers.signOut(security);
        JsonNode outside = json.valueToTree(exports.ocdsRelease(g.id(), "ocds-test", "https://portal.example"));
        assertThat(schema.validate(outside)).isEmpty();
        List<String> roles = new ArrayList<>();
        outside.get("parties").forEach(p -> p.get("roles").forEach(r -> roles.add(r.asString())));
        assertThat(roles).contains("buyer", "procuringEntity").doesNotContain("interestedParty");
        List<String> items = new ArrayList<>();
        outside.at("/tender/items").forEach(i -> items.add(i.get("description").asString()));
        assertThat(items).as("the third agency hides its share; the committed two are visible")
                .allMatch(d -> !d.startsWith("Utdanningsetaten"));
    }

    private JsonNode checkOcds(Schema schema, BuyerGroup g, String tenderStatus) {
        JsonNode release = json.valueToTree(exports.ocdsRelease(g.id(), "ocds-test", "https://portal.example"));
        assertThat(schema.validate(release)).as(release.toString()).isEmpty();
        assertThat(release.at("/tender/status").asString()).isEqualTo(tenderStatus);
        assertThat(release.at("/buyer/id").asString()).isEqualTo("NO-BRC-996922766");
        List<String> roles = new ArrayList<>();
        release.get("parties").forEach(p -> p.get("roles").forEach(r -> roles.add(r.asString())));
        assertThat(roles).contains("buyer", "procuringEntity", "interestedParty");
        return release;
    }

    @Test
    void a_hidden_proposal_hides_its_group_from_outsiders() {
        BuyerGroup g = groupOfThree("Felles varelevering, skjult forslag");
        as(MODERATOR);
        Submission p = submissions.get(g.proposalId());
        submissions.hide(p.id(), p.version(), "Test");
        as(SUPPLIER);
        assertThatThrownBy(() -> groups.get(g.id())).isInstanceOf(NotFoundException.class);
        TestUsers.signOut(security);
        assertThat(groups.publicPage(g.id())).isEmpty();
        as(MODERATOR);
        assertThat(groups.get(g.id()).id()).isEqualTo(g.id());
        Map<String, Object> release = exports.ocdsRelease(g.id(), "ocds-test", "https://portal.example");
        assertThat(release).containsKey("ocid");
    }

    @Autowired eu.buyzet.portal.notification.NotificationService notifications;

    @Test
    void members_are_told_of_every_step_except_the_ones_they_take_themselves() {
        as(SECOND);
        notifications.markAllRead();
        as(LEAD);
        notifications.markAllRead();
        BuyerGroup g = groupOfThree("Felles varelevering, varsler");
        commit(g);
        as(SECOND);
        List<eu.buyzet.portal.notification.Notification> told = notifications.latest();
        assertThat(told).filteredOn(n -> n.subjectTitle().equals(g.title()))
                .extracting(eu.buyzet.portal.notification.Notification::detail)
                .as("newest first: the third's joining, the lead's letter, the commitment; not the second's own steps")
                .containsExactly("committed", "letter-signed", "joined");
        assertThat(notifications.unreadCount()).isGreaterThanOrEqualTo(3);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        as(LEAD);
        assertThat(notifications.latest()).filteredOn(n -> n.subjectTitle().equals(g.title()))
                .extracting(eu.buyzet.portal.notification.Notification::detail)
                .containsExactly("letter-signed", "joined", "joined")
                .allSatisfy(d -> assertThat(d).isNotEqualTo("committed"));
        as(SUPPLIER);
        assertThat(notifications.latest()).noneMatch(n -> n.subjectTitle().equals(g.title()));
    }

    /** The first valid Norwegian organisation number (MOD11) from {@code from}'s first eight digits on. */
    static String validOrganisationNumber(int from) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int base = from; ; base++) {
            String digits = String.format("%08d", base);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += weights[k] * (digits.charAt(k) - '0');
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check < 10) {
                return digits + check;
            }
        }
    }
}
