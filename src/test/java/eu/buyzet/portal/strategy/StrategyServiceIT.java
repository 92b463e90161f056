package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.contract.MappingAgency;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.strategy.InstrumentDraft.EvidenceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class StrategyServiceIT {

    static final String OWNER = "agency@demo.buyzet.eu";
    static final String NAMED = "agency2@demo.buyzet.eu";
    static final String SUPPLIER = "supplier@demo.buyzet.eu";
    static final String MODERATOR = "moderator@demo.buyzet.eu";
    static final Flow VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5).withEnergyPerKm(0.15);
    static final Flow TRUCKS = Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 400, 30).withEnergyPerKm(0.45);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired PriorityAreaService areas;
    @Autowired StrategyService strategies;
    @Autowired StrategyWorkflow workflow;
    @Autowired ContractService contracts;
    @Autowired DialogueService dialogues;
    @Autowired BuyerGroupService buyerGroups;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private PortalUser as(String email) {
        return TestUsers.signIn(security, jdbc, email);
    }

    private MappedContract contract(String title, List<Flow> flows) {
        return contracts.create(new ContractDetails(title, null, List.of("90511000-2"), "Renovasjon AS",
                new BigDecimal("1200000"), "NOK", LocalDate.of(2032, 6, 30), flows));
    }

    /** An area of two of the owner's contracts, naming the second agency, linked to the demo's public dialogue. */
    private PriorityArea area(String name) {
        var named = as(NAMED).organisationId();
        as(OWNER);
        MappedContract a = contract(name + " A", List.of(VANS));
        MappedContract b = contract(name + " B", List.of(TRUCKS));
        return areas.create(new AreaDraft(name, "Avfall fra kommunale bygg", null, List.of(a.id(), b.id()),
                List.of(named), List.of(), List.of(demoDialogue().id().value()), List.of(), List.of()));
    }

    private Dialogue demoDialogue() {
        return dialogues.listPublic(new PageRequest(0, 50)).stream()
                .filter(d -> !dialogues.publishedQuestions(d).stream().filter(q -> q.answer() != null).toList().isEmpty())
                .findFirst().orElseThrow();
    }

    private InstrumentDraft awardCriterion(int weight, List<EvidenceRef> evidence) {
        return new InstrumentDraft(Instrument.AWARD_CRITERION, null, weight, "The dialogue showed electric refuse trucks",
                "Few suppliers outside Oslo", evidence);
    }

    @Test
    void an_areas_baseline_is_the_sum_of_its_contracts_stored_results() {
        PriorityArea area = area("Baseline");
        as(OWNER);
        double vehicleKm = 0;
        double wtw = 0;
        double ttw = 0;
        for (ContractId id : area.contracts()) {
            var total = Objects.requireNonNull(contracts.get(id).result()).total();
            vehicleKm += total.vehicleKm();
            wtw += total.co2eWtwKg();
            ttw += total.co2eTtwKg();
        }
        AreaBaseline baseline = Objects.requireNonNull(area.baseline());
        assertThat(baseline.contracts()).isEqualTo(2);
        assertThat(baseline.contractsWithoutFlows()).isZero();
        assertThat(baseline.figures().vehicleKm()).isCloseTo(vehicleKm, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(baseline.figures().co2eWtwKg()).isCloseTo(wtw, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(baseline.figures().co2eTailpipeKg()).isCloseTo(ttw, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(baseline.figures().zeroEmissionSharePercent()).isZero();
    }

    @Test
    void an_area_is_made_of_the_agencys_own_contracts_only() {
        as(NAMED);
        MappedContract theirs = contract("Annen etats kontrakt", List.of(VANS));
        as(OWNER);
        assertThatThrownBy(() -> areas.create(new AreaDraft("Fremmed", "", null, List.of(theirs.id()), List.of(),
                List.of(), List.of(), List.of(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("contracts", "validation.strategy.contracts-not-yours"));
    }

    @Test
    void a_supplier_may_not_make_an_area_nor_see_one() {
        PriorityArea area = area("Leverandør");
        as(SUPPLIER);
        assertThatThrownBy(() -> areas.create(AreaDraft.of(area))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.get(area.id())).isInstanceOf(NotFoundException.class);
        assertThat(areas.list()).extracting(PriorityArea::id).doesNotContain(area.id());
    }

    @Test
    void a_strategy_goes_from_draft_through_consultation_to_adopted_and_is_superseded_by_its_next_version() {
        PriorityArea area = area("Livsløp");
        as(OWNER);
        Strategy draft = strategies.create(area.id(), "Utslippsfri avfallshenting");
        assertThat(draft.status()).isEqualTo(StrategyStatus.DRAFT);
        assertThat(strategies.page(draft.id()).actions())
                .containsExactlyInAnyOrder(StrategyAction.EDIT, StrategyAction.SEND_TO_CONSULTATION, StrategyAction.DOWNLOAD);

        Evidence answer = strategies.page(draft.id()).evidenceOptions().getFirst();
        Strategy s = strategies.putInstrument(draft.id(), draft.version(), 0,
                awardCriterion(30, List.of(EvidenceRef.of(answer))));
        assertThat(s.instruments().getFirst().evidence()).containsExactly(answer);

        s = workflow.sendToConsultation(s.id(), s.version());
        assertThat(s.status()).isEqualTo(StrategyStatus.CONSULTATION);

        as(NAMED);
        assertThat(strategies.page(s.id()).actions())
                .containsExactlyInAnyOrder(StrategyAction.COMMENT, StrategyAction.DOWNLOAD);
        StrategyComment comment = workflow.comment(s.id(), "Vi kan være med fra 2027");
        assertThat(comment.body()).isEqualTo("Vi kan være med fra 2027");

        as(OWNER);
        assertThat(strategies.page(s.id()).comments()).extracting(StrategyComment::body)
                .containsExactly("Vi kan være med fra 2027");
        Strategy adopted = workflow.adopt(s.id(), strategies.get(s.id()).version());
        assertThat(adopted.status()).isEqualTo(StrategyStatus.ADOPTED);
        assertThat(adopted.adoptedByName()).isNotBlank();
        assertThat(adopted.adoptedAt()).isNotNull();

        Strategy second = workflow.newVersion(adopted.id());
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.lineage()).isEqualTo(adopted.lineage());
        assertThat(second.instruments()).isEqualTo(adopted.instruments());
        assertThat(strategies.page(adopted.id()).actions()).doesNotContain(StrategyAction.NEW_VERSION);

        second = workflow.sendToConsultation(second.id(), second.version());
        workflow.adopt(second.id(), second.version());
        assertThat(strategies.get(adopted.id()).status()).isEqualTo(StrategyStatus.SUPERSEDED);
        assertThat(strategies.versions(second.id())).extracting(Strategy::number).containsExactly(2, 1);
    }

    @Test
    void an_agency_named_for_consultation_without_mapped_contracts_stays_offered_when_the_area_is_edited() {
        as(OWNER);
        OrganisationId own = contracts.ownAgency().orElseThrow();
        OrganisationId unmapped = OrganisationId.of(jdbc.sql("""
                        insert into organisation (name, kind, country, org_number)
                        values ('Etat uten kontrakter', 'PUBLIC_AGENCY', 'NO', '999888777') returning id""")
                .query(Long.class).single());
        MappedContract c = contract("Konsultert etat", List.of(VANS));
        PriorityArea area = areas.create(new AreaDraft("Konsultert etat", "", null, List.of(c.id()), List.of(unmapped),
                List.of(), List.of(), List.of(), List.of()));

        assertThat(areas.agencyChoices(null)).extracting(MappingAgency::id).doesNotContain(unmapped, own);
        assertThat(areas.agencyChoices(area)).extracting(MappingAgency::id).contains(unmapped).doesNotContain(own);
    }

    @Test
    void an_instrument_from_a_slip_of_a_year_is_refused_naming_the_years() {
        PriorityArea area = area("Årstall");
        as(OWNER);
        Strategy s = strategies.create(area.id(), "Feil årstall");
        InstrumentDraft slip = new InstrumentDraft(Instrument.AWARD_CRITERION, LocalDate.of(9999, 12, 31), 30,
                "Electric vans are on the market", "", List.of());

        assertThatThrownBy(() -> strategies.putInstrument(s.id(), s.version(), 0, slip))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnly(java.util.Map.entry("fromDate", "validation.date.years"));
                    assertThat(e.arguments("fromDate")).containsExactly(2000, LocalDate.now().getYear() + 30);
                });
        assertThat(strategies.get(s.id()).instruments()).isEmpty();
    }

    @Test
    void a_draft_is_the_owners_alone_and_consultation_opens_it_to_the_named_agencies_only() {
        PriorityArea area = area("Innsyn");
        as(OWNER);
        Strategy s = strategies.create(area.id(), "Innsyn i utkast");
        s = strategies.putInstrument(s.id(), s.version(), 0, awardCriterion(40, List.of()));
        for (String other : List.of(NAMED, SUPPLIER, MODERATOR)) {
            as(other);
            StrategyId id = s.id();
            assertThatThrownBy(() -> strategies.page(id)).as(other).isInstanceOf(NotFoundException.class);
            assertThat(strategies.list()).as(other).extracting(Strategy::id).doesNotContain(id);
        }
        TestUsers.signOut(security);
        assertThat(strategies.findPublic(s.id())).isEmpty();

        as(OWNER);
        s = workflow.sendToConsultation(s.id(), s.version());
        as(NAMED);
        assertThat(strategies.page(s.id()).strategy().title()).isEqualTo("Innsyn i utkast");
        as(SUPPLIER);
        StrategyId id = s.id();
        assertThatThrownBy(() -> workflow.comment(id, "Hei")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> strategies.page(id)).isInstanceOf(NotFoundException.class);
        as(NAMED);
        assertThatThrownBy(() -> workflow.adopt(id, strategies.get(id).version()))
                .isInstanceOf(AccessDeniedException.class);

        as(OWNER);
        workflow.adopt(s.id(), strategies.get(s.id()).version());
        TestUsers.signOut(security);
        assertThat(strategies.findPublic(s.id())).map(Strategy::title).contains("Innsyn i utkast");
        assertThat(strategies.listPublic()).extracting(Strategy::id).contains(s.id());
        as(SUPPLIER);
        assertThat(strategies.page(s.id()).comments()).isEmpty();
        assertThat(strategies.page(s.id()).actions()).isEmpty();
    }

    @Test
    void evidence_cites_only_published_answers_and_never_confidential_dialogue_input() {
        PriorityArea area = area("Bevis");
        as(OWNER);
        Strategy s = strategies.create(area.id(), "Bevis");
        List<Evidence> options = strategies.page(s.id()).evidenceOptions();
        assertThat(options).isNotEmpty().allMatch(e -> e.kind() == EvidenceKind.DIALOGUE_ANSWER);
        List<String> input = jdbc.sql("select answer from dialogue_input").query(String.class).list();
        assertThat(input).isNotEmpty();
        for (String written : input) {
            assertThat(options).noneMatch(e -> e.citation().contains(written));
        }
        // a question whose answer is not published, or an id the area does not offer at all
        long unpublished = jdbc.sql("""
                        select coalesce(min(id), (select max(id) + 1000 from dialogue_question)) from dialogue_question
                        where published_at is null""").query(Long.class).single();
        Strategy current = s;
        assertThatThrownBy(() -> strategies.putInstrument(current.id(), current.version(), 0, awardCriterion(30,
                List.of(new EvidenceRef(EvidenceKind.DIALOGUE_ANSWER, unpublished)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("evidence", "validation.strategy.evidence"));
        assertThat(strategies.get(s.id()).instruments()).isEmpty();
    }

    @Test
    void a_change_to_a_version_read_before_someone_else_changed_it_is_refused() {
        PriorityArea area = area("Samtidig");
        as(OWNER);
        Strategy s = strategies.create(area.id(), "Samtidig");
        strategies.edit(s.id(), s.version(), "Første", "");
        assertThatThrownBy(() -> strategies.edit(s.id(), s.version(), "Andre", ""))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(strategies.get(s.id()).title()).isEqualTo("Første");
        PriorityArea current = areas.get(area.id());
        areas.update(area.id(), current.version(), AreaDraft.of(current));
        assertThatThrownBy(() -> areas.update(area.id(), current.version(), AreaDraft.of(current)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void scenario_years_run_from_next_year_to_the_last_contract_end_and_shares_stay_within_0_to_100() {
        PriorityArea area = area("Scenario");
        as(OWNER);
        Strategy s = strategies.create(area.id(), "Scenario");
        List<Integer> years = strategies.page(s.id()).plannedYears();
        assertThat(years.getFirst()).isEqualTo(LocalDate.now().getYear() + 1);
        assertThat(years.getLast()).isEqualTo(2032);
        Strategy planned = strategies.planScenario(s.id(), s.version(),
                List.of(new ScenarioYear(2030, 100, 10, 5), new ScenarioYear(years.getFirst(), 20, 0, 0)));
        assertThat(planned.scenario()).extracting(ScenarioYear::year).containsExactly(years.getFirst(), 2030);
        assertThatThrownBy(() -> strategies.planScenario(s.id(), planned.version(),
                List.of(new ScenarioYear(2031, 120, 0, 0), new ScenarioYear(2050, 0, 0, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("scenario[0].zeroEmissionSharePercent", "validation.strategy.percent")
                        .containsEntry("scenario[1].year", "validation.strategy.year"));
    }

    @Test
    void consultation_and_adoption_are_audited_and_told_to_the_named_agency() {
        PriorityArea area = area("Varsel");
        as(OWNER);
        Strategy s = strategies.create(area.id(), "Varslet strategi");
        s = strategies.putInstrument(s.id(), s.version(), 0, awardCriterion(30, List.of()));
        workflow.sendToConsultation(s.id(), s.version());
        long told = jdbc.sql("""
                        select count(*) from notification n join member m on m.id = n.member_id
                        where m.email = ? and n.kind = 'strategy-step' and n.subject_title = 'Varslet strategi'""")
                .param(NAMED).query(Long.class).single();
        assertThat(told).isEqualTo(1);
        long audited = jdbc.sql("select count(*) from audit_event where action = 'strategy.consultation' and subject_id = ?")
                .param(s.id().toString()).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void an_area_of_a_buyer_group_consults_its_members() {
        // the demo's group, which four suppliers showed interest in (other tests add groups of their own)
        BuyerGroup group = buyerGroups.listPublic(null, new PageRequest(0, 100)).stream()
                .filter(g -> g.title().startsWith("Felles innkjøp: utslippsfri levering")).findFirst().orElseThrow();
        as(OWNER);
        PriorityArea area = areas.get(area("Gruppe").id());
        as(OWNER);
        AreaDraft linked = new AreaDraft(area.name(), area.description(), null, area.contracts(), List.of(), List.of(),
                List.of(), List.of(group.id().value()), List.of());
        PriorityArea saved = areas.update(area.id(), area.version(), linked);
        assertThat(areas.page(saved.id()).consultedNames()).isNotEmpty();
        Strategy s = strategies.create(saved.id(), "Gruppe");
        assertThat(strategies.page(s.id()).evidenceOptions())
                .anyMatch(e -> e.kind() == EvidenceKind.SUPPLIER_INTEREST && e.figure() != null && e.figure() >= 3);
    }
}
