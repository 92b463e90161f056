package eu.buyzet.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class ContractServiceIT {

    private static final Flow REFUSE_TRUCKS = Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 5200, 38)
            .withEnergyPerKm(0.45);
    private static final Flow VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1500, 22);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired ContractService contracts;
    @Autowired FootprintService footprints;
    @Autowired DeclarationService declarations;
    @Autowired SubmissionService submissions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private PortalUser as(String email) {
        return TestUsers.signIn(security, jdbc, email);
    }

    private static ContractDetails contract(String title, String cpv, List<Flow> flows) {
        return new ContractDetails(title, "REF-1", List.of(cpv), "Leverandør AS", new BigDecimal("1250000"), "NOK",
                LocalDate.of(2027, 6, 30), flows);
    }

    @Test
    void the_demo_contracts_are_computed_with_the_default_factor_set_at_start() {
        as("moderator@demo.buyzet.eu");
        assertThat(contracts.agencies()).extracting(MappingAgency::contracts).allMatch(n -> n > 0);
        assertThat(contracts.agencies()).extracting(MappingAgency::name).doesNotContain("")
                .isSortedAccordingTo(java.util.Comparator.comparing(name -> name.toLowerCase(java.util.Locale.ROOT)));
        assertThat(contracts.rankAll(null, ContractMetric.CO2E)).extracting(RankedContract::organisationName)
                .doesNotContain("").containsAll(contracts.agencies().stream().map(MappingAgency::name).toList());
        assertThat(contracts.rankAll(null, ContractMetric.CO2E)).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(r -> assertThat(r.factorSetId()).isNotNull());
    }

    @Test
    void an_agency_maps_a_contract_and_its_figures_come_from_the_default_factor_set() {
        PortalUser agency = as("agency@demo.buyzet.eu");
        MappedContract saved = contracts.create(contract("  Innsamling sone vest ", "90511000-2",
                List.of(REFUSE_TRUCKS, VANS)));

        assertThat(saved.organisationId()).isEqualTo(agency.organisationId());
        assertThat(saved.organisationName()).isEqualTo(agency.organisationName());
        assertThat(saved.updatedByName()).isEqualTo(agency.displayName());
        assertThat(saved.title()).isEqualTo("Innsamling sone vest");
        assertThat(saved.trips()).isEqualTo(6700.0);
        var expected = FootprintCalculator.calculate(footprints.defaultFactorSet(), List.of(REFUSE_TRUCKS, VANS));
        assertThat(saved.result().factorSetId()).isEqualTo(footprints.defaultFactorSet().id());
        assertThat(saved.result().total().vehicleKm()).isEqualTo(5200 * 38 + 1500 * 22);
        assertThat(saved.result().total().co2eWtwKg()).isCloseTo(expected.total().co2eWtwKg(), offset(1e-9));
        RankedContract ranked = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E).stream()
                .filter(r -> r.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(ranked.organisationName()).isEqualTo(agency.organisationName());
        assertThat(ranked.figures().co2eWtwKg()).isCloseTo(expected.total().co2eWtwKg(), offset(1e-6));
        if (expected.total().noxG() == null) {
            assertThat(ranked.figures().noxG()).as("not covered stays unknown, not zero").isNull();
        } else {
            assertThat(ranked.figures().noxG()).isCloseTo(expected.total().noxG(), offset(1e-6));
        }
    }

    @Test
    void invalid_contract_input_is_refused_with_field_named_messages_and_nothing_is_saved() {
        as("agency@demo.buyzet.eu");
        int before = jdbc.sql("select count(*) from footprint_contract").query(Integer.class).single();
        ContractDetails bad = new ContractDetails(" ", "x".repeat(101), List.of("90511000-3"), "", new BigDecimal("-1"),
                "XYZ", null, List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, -5)));

        assertThatThrownBy(() -> contracts.create(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors())
                        .containsEntry("title", "validation.required")
                        .containsEntry("reference", "validation.too-long")
                        .containsEntry("cpvCodes", "validation.cpv.check-digit")
                        .containsEntry("supplierName", "validation.required")
                        .containsEntry("annualValue", "validation.contract.annual-value")
                        .containsEntry("currency", "validation.contract.currency")
                        .containsEntry("flows[0].kmPerTrip", "validation.footprint.negative"));
        assertThatThrownBy(() -> contracts.create(contract("Ingen transport", "90511000-2", List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("flows"));
        assertThat(jdbc.sql("select count(*) from footprint_contract").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void an_award_date_outside_its_years_or_an_end_before_the_award_is_refused_naming_the_years() {
        as("agency@demo.buyzet.eu");
        List<Flow> vans = List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 5));
        ContractDetails typo = new ContractDetails("Skrivefeil", null, List.of("60100000-9"), "Leverandør AS", null,
                "NOK", LocalDate.of(1, 6, 30), vans, TransportCategory.TRANSPORT_SERVICE, false,
                LocalDate.of(2062, 3, 1));

        assertThatThrownBy(() -> contracts.create(typo)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.fieldErrors()).containsEntry("awardDate", "validation.date.years")
                    .containsEntry("endDate", "validation.date.years");
            assertThat(e.arguments("awardDate")).containsExactly(1990, LocalDate.now().getYear() + 10);
        });
        ContractDetails backwards = new ContractDetails("Baklengs", null, List.of("60100000-9"), "Leverandør AS", null,
                "NOK", LocalDate.of(2026, 1, 1), vans, TransportCategory.TRANSPORT_SERVICE, false,
                LocalDate.of(2026, 6, 1));
        assertThatThrownBy(() -> contracts.create(backwards)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsOnly(Map.entry("endDate", "validation.contract.end-before-award")));
    }

    @Test
    void the_ranking_orders_by_the_chosen_measure_with_unknown_figures_last() {
        PortalUser agency = as("agency2@demo.buyzet.eu");
        ContractId manyShortTrips = contracts.create(contract("Mange korte turer", "64120000-3",
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 20_000, 2)))).id();
        ContractId fewLongTrips = contracts.create(contract("Få lange turer", "64120000-3",
                List.of(Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 500, 200).withEnergyPerKm(0.45)))).id();
        ContractId kmOnly = contracts.create(contract("Bare kjøretøy-km", "64120000-3", List.of(new Flow(
                VehicleCategory.N1, EnergyCarrier.DIESEL, null, null, null, 10_000.0, null, null, null, null, null,
                false)))).id();
        OrganisationId scope = agency.organisationId();

        List<ContractId> byTrips = contracts.rankAll(scope, ContractMetric.TRIPS).stream().map(RankedContract::id)
                .filter(List.of(manyShortTrips, fewLongTrips, kmOnly)::contains).toList();
        assertThat(byTrips).containsExactly(manyShortTrips, fewLongTrips, kmOnly);
        List<ContractId> byCo2e = contracts.rankAll(scope, ContractMetric.CO2E).stream().map(RankedContract::id)
                .filter(List.of(manyShortTrips, fewLongTrips, kmOnly)::contains).toList();
        assertThat(byCo2e).containsExactly(fewLongTrips, manyShortTrips, kmOnly);

        for (ContractMetric metric : ContractMetric.values()) {
            List<RankedContract> ranking = contracts.rankAll(scope, metric);
            assertThat(ranking).extracting(RankedContract::rank)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, ranking.size()).boxed().toList());
            List<Double> values = ranking.stream().map(r -> r.figures().value(metric)).toList();
            int firstUnknown = values.indexOf(null);
            List<Double> known = firstUnknown < 0 ? values : values.subList(0, firstUnknown);
            assertThat(known).as(metric + " largest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            if (firstUnknown >= 0) {
                assertThat(values.subList(firstUnknown, values.size())).as(metric + " unknown last").containsOnlyNulls();
            }
            // a page of the ranking is the same slice of the whole
            assertThat(contracts.rank(scope, metric, new PageRequest(1, 2)))
                    .containsExactlyElementsOf(ranking.subList(1, Math.min(3, ranking.size())));
        }
        assertThat(contracts.count(scope)).isEqualTo(contracts.rankAll(scope, ContractMetric.CO2E).size());
        assertThat(contracts.count(null)).isGreaterThan(contracts.count(scope));
    }

    @Test
    void cpv_categories_sum_the_contracts_by_their_main_code() {
        as("moderator@demo.buyzet.eu");
        List<RankedContract> all = contracts.rankAll(null, ContractMetric.CO2E);
        List<CpvCategoryTotal> divisions = contracts.byCpvCategory(null, ContractMetric.CO2E, CpvLevel.DIVISION);

        assertThat(divisions).extracting(c -> c.figures().co2eWtwKg())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(divisions.stream().mapToInt(CpvCategoryTotal::contracts).sum()).isEqualTo(all.size());
        CpvCategoryTotal refuse = divisions.stream().filter(c -> c.category().value().equals("90000000-7"))
                .findFirst().orElseThrow();
        assertThat(refuse.label()).isEqualTo("Sewage, refuse, cleaning and environmental services");
        List<RankedContract> inDivision = all.stream().filter(r -> r.mainCpv().value().startsWith("90")).toList();
        assertThat(refuse.contracts()).isEqualTo(inDivision.size());
        assertThat(refuse.figures().co2eWtwKg()).isCloseTo(
                inDivision.stream().mapToDouble(r -> r.figures().co2eWtwKg()).sum(), offset(1e-3));
        assertThat(refuse.figures().vehicleKm()).isCloseTo(
                inDivision.stream().mapToDouble(r -> r.figures().vehicleKm()).sum(), offset(1e-3));
        List<CpvCategoryTotal> groups = contracts.byCpvCategory(null, ContractMetric.VEHICLE_KM, CpvLevel.GROUP);
        assertThat(groups).extracting(c -> c.category().value()).contains("90500000-2");
    }

    @Test
    void only_the_agency_that_mapped_a_contract_changes_it_and_suppliers_do_not_read_the_mapping() {
        as("agency@demo.buyzet.eu");
        MappedContract mine = contracts.create(contract("Bare vår", "90511000-2", List.of(VANS)));

        as("agency2@demo.buyzet.eu");
        assertThat(contracts.get(mine.id()).title()).as("other agencies read it").isEqualTo("Bare vår");
        assertThat(contracts.canEdit(mine)).isFalse();
        assertThatThrownBy(() -> contracts.update(mine.id(), mine.version(), mine.details()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.delete(mine.id(), mine.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.createNeed(mine.id(), ForumId.of(1), "t", ""))
                .isInstanceOf(AccessDeniedException.class);

        as("supplier@demo.buyzet.eu");
        assertThatThrownBy(() -> contracts.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.rank(null, ContractMetric.CO2E, new PageRequest(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        as("agency@demo.buyzet.eu");
        contracts.delete(mine.id(), mine.version());
        assertThatThrownBy(() -> contracts.get(mine.id()))
                .isInstanceOf(eu.buyzet.portal.shared.NotFoundException.class);
    }

    @Test
    void a_change_made_from_an_old_version_is_refused() {
        as("agency@demo.buyzet.eu");
        MappedContract first = contracts.create(contract("Samtidig endring", "90511000-2", List.of(VANS)));
        MappedContract changed = contracts.update(first.id(), first.version(), contract("Endret først", "90511000-2",
                List.of(VANS, REFUSE_TRUCKS)));
        assertThat(changed.trips()).isEqualTo(6700.0);
        assertThatThrownBy(() -> contracts.update(first.id(), first.version(), first.details()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(contracts.get(first.id()).title()).isEqualTo("Endret først");
    }

    @Test
    void a_need_created_from_a_contract_is_a_draft_whose_footprint_is_the_contracts_flows() {
        as("agency@demo.buyzet.eu");
        MappedContract c = contracts.create(contract("Kontrakt blir behov", "90511000-2", List.of(REFUSE_TRUCKS, VANS)));
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());

        assertThatThrownBy(() -> contracts.createNeed(c.id(), forum, " ", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("title"));
        assertThat(contracts.get(c.id()).needId()).isNull();

        var needId = contracts.createNeed(c.id(), forum, "Utslippsfri innsamling", "Fra kontrakten");
        Submission need = submissions.get(needId);
        assertThat(need.kind()).isEqualTo(SubmissionKind.NEED);
        assertThat(need.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(need.cpvCodes()).extracting(code -> code.value()).containsExactly("90511000-2");
        assertThat(declarations.find(needId).orElseThrow().flows()).containsExactly(REFUSE_TRUCKS, VANS);
        assertThat(declarations.preview(needId).orElseThrow().result().total().co2eWtwKg())
                .isCloseTo(c.result().total().co2eWtwKg(), offset(1e-9));
        assertThat(contracts.get(c.id()).needId()).isEqualTo(needId);
        submissions.publish(needId, need.version());
        assertThat(declarations.results(needId)).singleElement().satisfies(r -> assertThat(r.result().total().co2eWtwKg())
                .isCloseTo(c.result().total().co2eWtwKg(), offset(1e-9)));
    }

    @Test
    void exports_hold_the_whole_ranking_with_numbers_as_numbers() throws Exception {
        PortalUser agency = as("agency@demo.buyzet.eu");
        List<RankedContract> ranking = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E);
        Function<String, String> headings = key -> key;

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ContractExport.csv(ranking, java.util.Map.of(), headings, csv);
        byte[] bytes = csv.toByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records).hasSameSizeAs(ranking);
        assertThat(records.getFirst().get("contracts.title")).isEqualTo(ranking.getFirst().title());
        assertThat(records.getFirst().get("contracts.metric.co2e (kg)"))
                .isEqualTo(Long.toString(Math.round(ranking.getFirst().figures().co2eWtwKg())));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ContractExport.xlsx(ranking, java.util.Map.of(), headings, "Kontrakter", xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(ranking.size() + 1);
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("contracts.title");
            for (int i = 0; i < ranking.size(); i++) {
                Row row = rows.get(i + 1);
                RankedContract r = ranking.get(i);
                assertThat(row.getCellAsNumber(0)).hasValue(BigDecimal.valueOf(r.rank()));
                assertThat(row.getCellText(2)).isEqualTo(r.title());
                assertThat(row.getCellAsNumber(11).orElseThrow().longValue()).isEqualTo(Math.round(r.figures().co2eWtwKg()));
            }
        }
    }

    @Test
    void recomputing_after_the_default_set_changes_updates_only_the_agencys_own_contracts() {
        PortalUser agency = as("agency@demo.buyzet.eu");
        PortalUser other = TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        as("agency@demo.buyzet.eu");
        String before = footprints.defaultFactorSet().id();
        List<String> othersBefore = contracts.rankAll(other.organisationId(), ContractMetric.CO2E).stream()
                .map(r -> r.factorSetId()).toList();
        try {
            jdbc.sql("update footprint_factor_set set is_default = false where id = ?").param(before).update();
            jdbc.sql("update footprint_factor_set set is_default = true where id = 'eu-2025'").update();
            assertThat(contracts.recomputeMine().changed()).isPositive();
            assertThat(contracts.rankAll(agency.organisationId(), ContractMetric.CO2E))
                    .allSatisfy(r -> assertThat(r.factorSetId()).isEqualTo("eu-2025"));
            assertThat(contracts.rankAll(other.organisationId(), ContractMetric.CO2E)).extracting(r -> r.factorSetId())
                    .as("another agency's contracts keep the set they were computed with")
                    .containsExactlyElementsOf(othersBefore).doesNotContain("eu-2025");
            assertThat(contracts.recomputeMine().changed()).as("nothing left to recompute").isZero();
        } finally {
            jdbc.sql("update footprint_factor_set set is_default = false where id = 'eu-2025'").update();
            jdbc.sql("update footprint_factor_set set is_default = true where id = ?").param(before).update();
            contracts.recomputeMine();
        }
    }

    @Test
    void a_stored_contract_whose_flows_are_now_refused_is_skipped_at_start_and_the_others_are_computed() {
        // written as demo data and imports write contracts: flows without figures; 9.9 l/km is no van
        Long implausible = jdbc.sql("""
                        insert into footprint_contract (organisation_id, title, reference, cpv_codes, main_cpv,
                            supplier_name, annual_value, currency, end_date, flows, created_by, updated_by)
                        select m.organisation_id, 'Importert før kontrollene', 'IMP-1', '{90511000-2}', '90511000-2',
                            'Leverandør AS', 1000, 'NOK', date '2027-06-30', cast(? as jsonb), m.id, m.id
                        from member m where m.email = 'agency@demo.buyzet.eu'
                        returning id""")
                .param("[{\"vehicleCategory\":\"N1\",\"energyCarrier\":\"DIESEL\",\"tripsPerYear\":100,"
                        + "\"kmPerTrip\":10,\"energyPerKm\":9.9}]")
                .query(Long.class).single();
        Long plausible = jdbc.sql("""
                        insert into footprint_contract (organisation_id, title, reference, cpv_codes, main_cpv,
                            supplier_name, annual_value, currency, end_date, flows, created_by, updated_by)
                        select organisation_id, 'Importert og i orden', 'IMP-2', cpv_codes, main_cpv, supplier_name,
                            annual_value, currency, end_date, cast(? as jsonb), created_by, updated_by
                        from footprint_contract where id = ?
                        returning id""")
                .params("[{\"vehicleCategory\":\"N1\",\"energyCarrier\":\"DIESEL\",\"tripsPerYear\":100,"
                        + "\"kmPerTrip\":10}]", implausible)
                .query(Long.class).single();
        try {
            assertThat(contracts.computeMissing()).as("the refused one is skipped, not thrown").isEqualTo(1);
            assertThat(jdbc.sql("select id from footprint_contract where id in (?, ?) and result is not null")
                    .params(implausible, plausible).query(Long.class).list()).containsExactly(plausible);

            // recomputing the agency's contracts names the refused one and keeps the others' new figures
            as("agency@demo.buyzet.eu");
            jdbc.sql("update footprint_contract set factor_set_id = 'eu-2025' where id = ?").param(plausible).update();
            Recomputed done = contracts.recomputeMine();
            assertThat(done.refused()).containsExactly("Importert før kontrollene");
            assertThat(done.changed()).isPositive();
        } finally {
            jdbc.sql("delete from footprint_contract where id in (?, ?)").params(implausible, plausible).update();
        }
    }
}
