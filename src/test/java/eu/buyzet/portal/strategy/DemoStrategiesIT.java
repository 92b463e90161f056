package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.StartUpContracts;
import eu.buyzet.portal.footprint.FootprintService;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The demo ends the chain in two strategies whose figures the portal computed at start-up: refuse
 * collection adopted, repair services in consultation with a named agency's comment.
 */
@PortalIntegrationTest
class DemoStrategiesIT {

    static final String ADOPTED = "Utslippsfri avfallshenting innen 2030";
    static final String CONSULTED = "Håndverkere uten utslipp";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired StrategyService strategies;
    @Autowired StrategyBackfill backfill;
    @Autowired StartUpContracts contracts;
    @Autowired FootprintService footprints;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private Strategy demo(String email, String title) {
        TestUsers.signIn(security, jdbc, email);
        return strategies.list().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not in the demo"));
    }

    @Test
    void the_demo_refuse_collection_strategy_is_adopted_public_and_computed_to_2030_on_its_area_baseline() {
        Strategy adopted = demo("agency@demo.buyzet.eu", ADOPTED);
        assertThat(adopted.status()).isEqualTo(StrategyStatus.ADOPTED);
        assertThat(adopted.areaName()).isEqualTo("Refuse collection");
        assertThat(adopted.adoptedByName()).isNotBlank();
        assertThat(adopted.instruments()).extracting(ChosenInstrument::instrument).contains(
                Instrument.ZERO_EMISSION_SPECIFICATION, Instrument.AWARD_CRITERION, Instrument.PERFORMANCE_CLAUSES,
                Instrument.JOINT_PROCUREMENT);
        assertThat(adopted.instruments()).flatExtracting(ChosenInstrument::evidence).extracting(Evidence::kind)
                .contains(EvidenceKind.DIALOGUE_ANSWER, EvidenceKind.SOLUTION, EvidenceKind.SUPPLIER_INTEREST);
        assertThat(adopted.instruments()).flatExtracting(ChosenInstrument::evidence)
                .filteredOn(e -> e.kind() == EvidenceKind.SUPPLIER_INTEREST).extracting(Evidence::figure)
                .allSatisfy(f -> assertThat(f).isGreaterThanOrEqualTo((double) Timeline.CAPABLE_SUPPLIERS));

        StrategyPage page = strategies.page(adopted.id());
        AreaBaseline baseline = Objects.requireNonNull(Objects.requireNonNull(page.area()).baseline(),
                "the backfill sums the area's baseline");
        assertThat(baseline.contracts()).isEqualTo(3);
        assertThat(baseline.figures().vehicleKm()).isPositive();
        ScenarioResult result = Objects.requireNonNull(page.result(), "the backfill computes the scenario");
        assertThat(result.years()).extracting(ScenarioFigures::year).last().isEqualTo(2030);
        assertThat(result.baseline().co2eWtwKg()).isPositive();
        assertThat(result.years().getLast().co2eTailpipeKg()).isLessThan(result.baseline().co2eTailpipeKg());
        assertThat(page.climateWeighting()).isEqualTo(ClimateWeighting.AWARD_CRITERION_AT_LEAST_30);
        assertThat(page.timeline()).hasSize(3).allSatisfy(w ->
                assertThat(w.warnings()).doesNotContain(TimelineWarning.MARKET_NOT_READY));

        TestUsers.signOut(security);
        assertThat(strategies.listPublic()).extracting(Strategy::title).contains(ADOPTED);
        // the public summary carries the scenario's headline only (decision 032), which DemoChainIT reads in the API
        assertThat(strategies.findPublic(adopted.id())).isPresent();
    }

    @Test
    void the_demo_repair_services_strategy_is_in_consultation_with_a_named_agencys_comment_and_computed_figures() {
        Strategy consulted = demo("agency2@demo.buyzet.eu", CONSULTED);
        assertThat(consulted.status()).isEqualTo(StrategyStatus.CONSULTATION);
        assertThat(consulted.areaName()).isEqualTo("Repair services");
        StrategyPage page = strategies.page(consulted.id());
        assertThat(page.comments()).singleElement().satisfies(c -> {
            assertThat(c.organisationName()).startsWith("Renovasjons");
            assertThat(c.authorName()).isNotBlank();
        });
        ScenarioResult result = Objects.requireNonNull(page.result());
        assertThat(result.factorSetId()).isEqualTo(footprints.defaultFactorSet().id());
        assertThat(result.years().getLast().zeroEmissionSharePercent())
                .isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));

        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        assertThat(strategies.page(consulted.id()).actions()).contains(StrategyAction.COMMENT);
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThat(strategies.list()).extracting(Strategy::title).doesNotContain(CONSULTED);
    }

    @Test
    void the_backfill_computes_once_keeps_what_is_stored_and_skips_a_strategy_whose_flows_are_refused() {
        long member = jdbc.sql("select id from member where email = 'agency@demo.buyzet.eu'").query(Long.class).single();
        long organisation = jdbc.sql("select organisation_id from member where id = ?").param(member)
                .query(Long.class).single();
        long contract = jdbc.sql("""
                        insert into footprint_contract (organisation_id, title, cpv_codes, main_cpv, supplier_name,
                            currency, flows, created_by, updated_by)
                        values (?, 'Kontrakt uten kjøretøyklasse', '{90511000-2}', '90511000-2', 'Ukjent AS', 'NOK',
                            cast('[{"energyCarrier":"DIESEL","tripsPerYear":10,"kmPerTrip":5}]' as jsonb), ?, ?)
                        returning id""").params(organisation, member, member).query(Long.class).single();
        long area = jdbc.sql("""
                        insert into priority_area (owner_organisation_id, name, contract_ids, created_by, updated_by)
                        values (?, 'Avvist strøm', ?, ?, ?) returning id""")
                .params(organisation, new Long[] {contract}, member, member).query(Long.class).single();
        long refused = jdbc.sql("insert into strategy (lineage, number, area_id, title, created_by) values (0, 1, ?, "
                + "'Avvist', ?) returning id").params(area, member).query(Long.class).single();
        jdbc.sql("update strategy set lineage = id where id = ?").param(refused).update();
        String before = jdbc.sql("select string_agg(id || ':' || result::text, ',' order by id) from strategy "
                + "where result is not null").query(String.class).single();

        backfill.computeMissingFigures();

        assertThat(jdbc.sql("select result is null from strategy where id = ?").param(refused).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select string_agg(id || ':' || result::text, ',' order by id) from strategy "
                + "where result is not null").query(String.class).single()).isEqualTo(before);
    }

    @Test
    void contracts_are_read_for_start_up_only_with_nobody_behind_the_thread() {
        TestUsers.signOut(security);
        assertThat(contracts.read(List.of())).isEmpty();
        var context = security.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        security.setContext(context);
        assertThatThrownBy(() -> contracts.read(List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
