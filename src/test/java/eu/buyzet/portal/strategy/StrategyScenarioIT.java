package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A strategy's scenario as the service computes and stores it: with the current default factor
 * set, from the area's contracts' flows, whenever the plan is saved or the owner computes again;
 * frozen once adopted; adoption refused while FOA §7-9 is not met; and the page carries the
 * timeline and the §7-9 state.
 */
@PortalIntegrationTest
class StrategyScenarioIT {

    static final String OWNER = "agency@demo.buyzet.eu";
    static final Flow VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5).withEnergyPerKm(0.15);
    /** A set whose diesel weighs differently from the shipped default, so a recomputation shows. */
    static final String OTHER_SET = """
            set,name,Strategy freeze test
            set,version,1
            set,valid_from,2026-01-01
            set,boundary,Well-to-wheel (ISO 14083)
            set,gwp_basis,GWP100 (IPCC AR6)
            set,electricity_basis,"Location-based, NVE 2024"
            carrier,DIESEL,wtt,0.7,Test source
            carrier,DIESEL,ttw,2.6,Test source
            carrier,BATTERY_ELECTRIC,wtt,0.02,Test source
            carrier,BATTERY_ELECTRIC,ttw,0,No combustion
            vehicle,N1,DIESEL,energy_per_km,0.1,Test source
            """;

    @Autowired SecurityContextHolderStrategy security;
    @Autowired PriorityAreaService areas;
    @Autowired StrategyService strategies;
    @Autowired StrategyWorkflow workflow;
    @Autowired ContractService contracts;
    @Autowired FootprintService footprints;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private void as(String email) {
        TestUsers.signIn(security, jdbc, email);
    }

    private PriorityArea area(String name) {
        as(OWNER);
        MappedContract c = contracts.create(new ContractDetails(name, null, List.of("90511000-2"), "Renovasjon AS",
                new BigDecimal("900000"), "NOK", LocalDate.of(2032, 6, 30), List.of(VANS)));
        return areas.create(new AreaDraft(name, "", null, List.of(c.id()), List.of(), List.of(), List.of(), List.of(),
                List.of()));
    }

    private static InstrumentDraft awardCriterion(int weight) {
        return new InstrumentDraft(Instrument.AWARD_CRITERION, null, weight, "Electric vans are on the market", "",
                List.of());
    }

    @Test
    void saving_the_plan_computes_the_scenario_with_the_default_factor_set_as_the_calculator_does() {
        PriorityArea area = area("Scenario beregnet");
        Strategy s = strategies.create(area.id(), "Beregnet");
        assertThat(s.result()).isNull();
        int year = Objects.requireNonNull(area.baseline()).figures().year() + 1;
        s = strategies.planScenario(s.id(), s.version(), List.of(new ScenarioYear(year, 50, 10, 0)));

        ScenarioResult result = Objects.requireNonNull(s.result());
        var set = footprints.defaultFactorSet();
        assertThat(result.factorSetId()).isEqualTo(set.id());
        ScenarioResult expected = ScenarioCalculator.compute(set, List.of(VANS), area.baseline().figures().trips(),
                year - 1, s.scenario(), result.computedOn());
        assertThat(result).isEqualTo(expected);
        assertThat(result.baseline().co2eWtwKg())
                .isCloseTo(FootprintCalculator.calculate(set, List.of(VANS)).total().co2eWtwKg(),
                        org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.years().getFirst().zeroEmissionSharePercent())
                .isCloseTo(50, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(strategies.page(s.id()).result()).isEqualTo(result);
    }

    @Test
    void a_contract_whose_stored_flows_the_calculator_now_refuses_is_named_in_the_scenarios_message() {
        as(OWNER);
        MappedContract fine = contracts.create(new ContractDetails("Varer til skolene", null, List.of("90511000-2"),
                "Renovasjon AS", new BigDecimal("900000"), "NOK", LocalDate.of(2032, 6, 30), List.of(VANS)));
        MappedContract hybrids = contracts.create(new ContractDetails("Hybridbilene i hjemmetjenesten", null,
                List.of("90511000-2"), "Renovasjon AS", new BigDecimal("500000"), "NOK", LocalDate.of(2032, 6, 30),
                List.of(VANS)));
        // a plug-in hybrid van declared before decision 062, without the grid electricity asked of one now
        jdbc.sql("update footprint_contract set flows = cast(? as jsonb) where id = ?")
                .params("[{\"vehicleCategory\": \"N1\", \"energyCarrier\": \"DIESEL\", \"vehicleKmPerYear\": 12500,"
                        + " \"energyPerKm\": 0.09, \"cvd\": {\"plugInHybrid\": true}}]", hybrids.id().value())
                .update();
        PriorityArea area = areas.create(new AreaDraft("Hjemmetjenesten", "", null, List.of(fine.id(), hybrids.id()),
                List.of(), List.of(), List.of(), List.of(), List.of()));
        Strategy s = strategies.create(area.id(), "Med hybrider");
        int year = Objects.requireNonNull(area.baseline()).figures().year() + 1;

        assertThatThrownBy(() -> strategies.planScenario(s.id(), s.version(), List.of(new ScenarioYear(year, 50, 10, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsEntry("scenario", "validation.strategy.scenario-refused-contract");
                    assertThat(e.arguments("scenario")).containsExactly("Hybridbilene i hjemmetjenesten");
                });
    }

    @Test
    void an_adopted_strategy_keeps_its_figures_when_the_default_factor_set_changes_and_a_draft_computed_again_follows_it() {
        PriorityArea area = area("Frosne tall");
        Strategy adopted = strategies.create(area.id(), "Vedtatt");
        adopted = strategies.putInstrument(adopted.id(), adopted.version(), 0, awardCriterion(30));
        adopted = workflow.sendToConsultation(adopted.id(), adopted.version());
        adopted = workflow.adopt(adopted.id(), adopted.version());
        ScenarioResult frozen = Objects.requireNonNull(adopted.result(), "adoption computes a missing scenario");
        Strategy draft = strategies.create(area.id(), "Utkast");
        draft = strategies.computeScenario(draft.id(), draft.version());
        ScenarioResult before = Objects.requireNonNull(draft.result());

        String previous = footprints.defaultFactorSet().id();
        as("admin@demo.buyzet.eu");
        String other = footprints.factorSets().stream().filter(f -> f.name().equals("Strategy freeze test")).findFirst()
                .map(f -> f.id()).orElseGet(() -> footprints.importFactorSet(OTHER_SET).id());
        footprints.makeDefault(other);
        try {
            as(OWNER);
            Strategy recomputed = strategies.computeScenario(draft.id(), draft.version());
            ScenarioResult after = Objects.requireNonNull(recomputed.result());
            assertThat(after.factorSetId()).isEqualTo(other);
            assertThat(after.baseline().co2eWtwKg()).isNotEqualTo(before.baseline().co2eWtwKg());

            assertThat(strategies.get(adopted.id()).result()).isEqualTo(frozen);
            assertThat(frozen.factorSetId()).isEqualTo(previous);
            Strategy adoptedId = adopted;
            assertThatThrownBy(() -> strategies.computeScenario(adoptedId.id(), adoptedId.version()))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("status", "validation.strategy.not-draft"));
            assertThat(strategies.get(adopted.id()).result()).isEqualTo(frozen);
        } finally {
            as("admin@demo.buyzet.eu");
            footprints.makeDefault(previous);
        }
    }

    @Test
    void adoption_is_refused_while_the_instruments_do_not_meet_foa_7_9() {
        PriorityArea area = area("Paragraf 7-9");
        Strategy s = strategies.create(area.id(), "For lav vekt");
        s = strategies.putInstrument(s.id(), s.version(), 0, awardCriterion(20));
        assertThat(strategies.page(s.id()).climateWeighting()).isEqualTo(ClimateWeighting.NOT_MET);
        s = workflow.sendToConsultation(s.id(), s.version());
        StrategyId id = s.id();
        int version = s.version();
        assertThatThrownBy(() -> workflow.adopt(id, version))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("instruments", "validation.strategy.climate-weighting"));
        assertThat(strategies.get(id).status()).isEqualTo(StrategyStatus.CONSULTATION);
        assertThat(strategies.get(id).result()).isNull();
    }

    @Test
    void the_page_places_the_areas_contracts_on_the_timeline_with_their_warnings_and_says_how_7_9_is_met() {
        PriorityArea area = area("Tidslinje");
        Strategy s = strategies.create(area.id(), "Tidslinje");
        s = strategies.putInstrument(s.id(), s.version(), 0, awardCriterion(35));
        StrategyPage page = strategies.page(s.id());
        assertThat(page.climateWeighting()).isEqualTo(ClimateWeighting.AWARD_CRITERION_AT_LEAST_30);
        assertThat(page.timeline()).singleElement().satisfies(w -> {
            assertThat(w.contractEnds()).isEqualTo(LocalDate.of(2032, 6, 30));
            assertThat(w.announceBy()).isEqualTo(LocalDate.of(2031, 9, 30));
            assertThat(w.warnings()).containsExactly(TimelineWarning.MARKET_NOT_READY,
                    TimelineWarning.ENDS_AFTER_HORIZON);
        });
        StrategyId id = s.id();
        as("supplier@demo.buyzet.eu");
        assertThatThrownBy(() -> strategies.page(id)).isInstanceOf(eu.buyzet.portal.shared.NotFoundException.class);
    }
}
