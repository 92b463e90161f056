package eu.buyzet.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** BuyZET step 1 done better: transport categories and the estimate from spend (decision 033). */
@PortalIntegrationTest
class ContractMappingIT {

    private static final Flow VANS = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1500, 22);

    @Autowired SecurityContextHolderStrategy security;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;
    @Autowired eu.buyzet.portal.footprint.FootprintService footprints;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private PortalUser as(String email) {
        return TestUsers.signIn(security, jdbc, email);
    }

    private static ContractDetails details(String title, String cpv, @org.jspecify.annotations.Nullable BigDecimal value,
                                           String currency, List<Flow> flows,
                                           @org.jspecify.annotations.Nullable TransportCategory category,
                                           boolean estimate) {
        return new ContractDetails(title, null, List.of(cpv), "Leverandør AS", value, currency,
                LocalDate.of(2028, 1, 31), flows, category, estimate);
    }

    private List<String> audited(String action, ContractId id) {
        return jdbc.sql("select details::text from audit_event where action = ? and subject_type = 'contract'"
                        + " and subject_id = ? order by id")
                .params(action, id.toString()).query(String.class).list();
    }

    private int contractCount() {
        return jdbc.sql("select count(*) from footprint_contract").query(Integer.class).single();
    }

    private SpendRatio ratio(String prefix) {
        return contracts.spendRatios().stream().filter(r -> r.cpvPrefix().equals(prefix)).findFirst().orElseThrow();
    }

    @Test
    void the_category_proposal_follows_the_main_cpv_code_and_the_database_rule_agrees() {
        Map<String, TransportCategory> expected = Map.of(
                "60100000-9", TransportCategory.TRANSPORT_SERVICE,
                "64121100-1", TransportCategory.TRANSPORT_SERVICE,
                "90511000-2", TransportCategory.TRANSPORT_SERVICE,
                "90512000-9", TransportCategory.TRANSPORT_SERVICE,
                "34144510-6", TransportCategory.OWN_FLEET,
                "09134100-8", TransportCategory.OWN_FLEET,
                "90513000-6", TransportCategory.GOODS_AND_SERVICES,
                "30192000-1", TransportCategory.GOODS_AND_SERVICES,
                "50110000-9", TransportCategory.GOODS_AND_SERVICES);
        expected.forEach((cpv, category) -> {
            assertThat(TransportCategory.proposeFor(List.of(cpv, "60100000-9"))).as(cpv).isEqualTo(category);
            assertThat(jdbc.sql("select contract_transport_category_for(?)").param(cpv).query(String.class).single())
                    .as("schema 035 for " + cpv).isEqualTo(category.name());
        });
        assertThat(contracts.proposedCategory(List.of("34110000-1"))).isEqualTo(TransportCategory.OWN_FLEET);
    }

    @Test
    void contracts_written_without_a_category_get_the_proposal_from_their_main_cpv_code() {
        assertThat(jdbc.sql("""
                        select count(*) from footprint_contract
                        where reference ~ '^(REN|UKE)-' and transport_category <> contract_transport_category_for(main_cpv)
                        """).query(Integer.class).single()).as("demo contracts, written in SQL without one").isZero();
        assertThat(jdbc.sql("select transport_category from footprint_contract where reference = 'UKE-2023-011'")
                .query(String.class).single()).isEqualTo("TRANSPORT_SERVICE");
        assertThat(jdbc.sql("select transport_category from footprint_contract where reference = 'REN-2022-040'")
                .query(String.class).single()).isEqualTo("GOODS_AND_SERVICES");
    }

    @Test
    void an_agency_chooses_another_category_and_the_ranking_filters_by_it() {
        PortalUser agency = as("agency@demo.buyzet.eu");
        MappedContract saved = contracts.create(details("Renovasjon med egne biler", "90511000-2",
                new BigDecimal("900000"), "NOK", List.of(VANS), TransportCategory.OWN_FLEET, false));
        assertThat(saved.transportCategory()).isEqualTo(TransportCategory.OWN_FLEET);
        assertThat(audited("contract.category-set", saved.id())).singleElement().asString()
                .contains("\"category\": \"OWN_FLEET\"").contains("\"proposed\": \"TRANSPORT_SERVICE\"");

        List<RankedContract> fleet = contracts.rankAll(agency.organisationId(), TransportCategory.OWN_FLEET,
                ContractMetric.CO2E);
        assertThat(fleet).extracting(RankedContract::id).contains(saved.id());
        assertThat(fleet).allMatch(r -> r.transportCategory() == TransportCategory.OWN_FLEET);
        assertThat(contracts.count(agency.organisationId(), TransportCategory.OWN_FLEET)).isEqualTo(fleet.size());
        assertThat(contracts.rankAll(agency.organisationId(), TransportCategory.TRANSPORT_SERVICE, ContractMetric.CO2E))
                .extracting(RankedContract::id).doesNotContain(saved.id()).isNotEmpty();
        assertThat(contracts.byCpvCategory(agency.organisationId(), TransportCategory.OWN_FLEET, ContractMetric.CO2E,
                CpvLevel.DIVISION)).extracting(CpvCategoryTotal::contracts).containsExactly(fleet.size());

        MappedContract changed = contracts.update(saved.id(), saved.version(), new ContractDetails(saved.title(),
                saved.reference(), List.of("90511000-2"), saved.supplierName(), saved.annualValue(), saved.currency(),
                saved.endDate(), saved.flows(), TransportCategory.TRANSPORT_SERVICE, false));
        assertThat(changed.transportCategory()).isEqualTo(TransportCategory.TRANSPORT_SERVICE);
        assertThat(audited("contract.category-set", saved.id())).hasSize(2);
    }

    @Test
    void a_contract_without_a_category_is_refused_and_nothing_is_saved() {
        as("agency@demo.buyzet.eu");
        int before = contractCount();
        assertThatThrownBy(() -> contracts.create(details("Uten kategori", "30192000-1", null, "NOK", List.of(VANS),
                null, false))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsExactly(Map.entry("transportCategory", "validation.required")));
        assertThat(contractCount()).isEqualTo(before);
    }

    @Test
    void a_contract_without_flows_is_estimated_from_its_spend_with_the_longest_matching_ratio_and_marked() {
        PortalUser agency = as("agency@demo.buyzet.eu");
        SpendRatio refuse = ratio("905");
        assertThat(ratio("90").tripsPerMillion()).as("the division row exists but the group row is longer").isPositive();
        SpendEstimate preview = contracts.estimateFromSpend(List.of("90511000-2"), new BigDecimal("12000000"), "NOK");
        assertThat(preview.cpvPrefix()).isEqualTo("905");

        MappedContract saved = contracts.create(details("Henting av hageavfall", "90511000-2",
                new BigDecimal("12000000"), "NOK", List.of(), TransportCategory.TRANSPORT_SERVICE, true));

        SpendEstimate e = saved.estimate();
        assertThat(e).isNotNull().isEqualTo(preview);
        assertThat(e.source()).isEqualTo(refuse.source()).contains("not a published figure");
        double trips = 12 * refuse.tripsPerMillion();
        assertThat(saved.trips()).isCloseTo(trips, offset(1e-6));
        assertThat(saved.flows()).singleElement().satisfies(f -> {
            assertThat(f.vehicleCategory()).isEqualTo(refuse.vehicleCategory());
            assertThat(f.energyCarrier()).isEqualTo(refuse.energyCarrier());
            assertThat(f.measured()).as("an estimate is never measured").isFalse();
        });
        assertThat(saved.result().total().vehicleKm()).isCloseTo(trips * refuse.kmPerTrip(), offset(1e-6));
        assertThat(saved.details().flows()).as("the editor shows no typed flows for an estimate").isEmpty();
        assertThat(saved.details().estimateFromSpend()).isTrue();

        RankedContract ranked = contracts.rankAll(agency.organisationId(), ContractMetric.TRIPS).stream()
                .filter(r -> r.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(ranked.estimated()).isTrue();
        assertThat(contracts.rankAll(agency.organisationId(), ContractMetric.TRIPS))
                .filteredOn(r -> r.title().equals("Innsamling av husholdningsavfall, sone øst"))
                .allMatch(r -> !r.estimated());
        ContractHeadline headline = contracts.headline().orElseThrow();
        assertThat(headline.estimatedContracts()).isPositive().isLessThan(headline.contracts());
        assertThat(headline.estimatedCo2eWtwKgPerYear()).isGreaterThanOrEqualTo(ranked.figures().co2eWtwKg());
        assertThat(contracts.byCpvCategory(agency.organisationId(), ContractMetric.CO2E, CpvLevel.GROUP))
                .filteredOn(c -> c.prefix().equals("905")).singleElement()
                .satisfies(c -> assertThat(c.estimatedContracts()).isPositive().isLessThan(c.contracts()));
        assertThat(audited("contract.estimated-from-spend", saved.id())).singleElement().asString()
                .contains("\"cpvPrefix\": \"905\"");
    }

    @Test
    void real_flows_replace_the_estimate_and_saving_an_estimate_again_uses_the_new_spend() {
        as("agency@demo.buyzet.eu");
        MappedContract estimated = contracts.create(details("Kjøring av matkasser", "15894000-1",
                new BigDecimal("2000000"), "NOK", List.of(), TransportCategory.GOODS_AND_SERVICES, true));
        ContractDetails again = estimated.details();
        MappedContract doubled = contracts.update(estimated.id(), estimated.version(), new ContractDetails(
                again.title(), again.reference(), again.cpvCodes(), again.supplierName(), new BigDecimal("4000000"),
                again.currency(), again.endDate(), again.flows(), again.transportCategory(),
                again.estimateFromSpend()));
        assertThat(doubled.estimated()).isTrue();
        assertThat(doubled.trips()).isCloseTo(2 * estimated.trips(), offset(1e-6));

        MappedContract declared = contracts.update(doubled.id(), doubled.version(), new ContractDetails(
                again.title(), again.reference(), again.cpvCodes(), again.supplierName(), new BigDecimal("4000000"),
                again.currency(), again.endDate(), List.of(VANS), again.transportCategory(), true));
        assertThat(declared.estimate()).as("real flows win over a request to estimate").isNull();
        assertThat(declared.flows()).containsExactly(VANS);
        assertThat(declared.trips()).isEqualTo(1500.0);
        assertThat(contracts.rankAll(declared.organisationId(), ContractMetric.TRIPS)).filteredOn(r ->
                r.id().equals(declared.id())).singleElement().satisfies(r -> assertThat(r.estimated()).isFalse());
        assertThat(audited("contract.estimate-replaced", declared.id())).hasSize(1);
    }

    @Test
    void an_estimate_is_refused_without_a_yearly_value_a_ratio_or_in_another_currency_and_nothing_is_saved() {
        as("agency@demo.buyzet.eu");
        int before = contractCount();
        assertThatThrownBy(() -> contracts.create(details("Uten verdi", "90511000-2", null, "NOK", List.of(),
                TransportCategory.TRANSPORT_SERVICE, true))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsExactly(
                        Map.entry("annualValue", "validation.contract.estimate-needs-value")));
        assertThatThrownBy(() -> contracts.create(details("Null i verdi", "90511000-2", BigDecimal.ZERO, "NOK",
                List.of(), TransportCategory.TRANSPORT_SERVICE, true))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("annualValue"));
        assertThatThrownBy(() -> contracts.create(details("Søppelbiler", "34144510-6", new BigDecimal("5000000"),
                "NOK", List.of(), TransportCategory.OWN_FLEET, true))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(
                        Map.entry("cpvCodes", "validation.contract.no-spend-ratio")));
        assertThatThrownBy(() -> contracts.create(details("I euro", "90511000-2", new BigDecimal("500000"), "EUR",
                List.of(), TransportCategory.TRANSPORT_SERVICE, true))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(
                        Map.entry("currency", "validation.contract.estimate-currency")));
        assertThatThrownBy(() -> contracts.estimateFromSpend(List.of("90511000-2"), null, "NOK"))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("annualValue"));
        assertThat(contractCount()).isEqualTo(before);
    }

    @Test
    void administrators_alone_edit_the_spend_ratio_table_which_is_validated_and_audited() {
        as("agency@demo.buyzet.eu");
        SpendRatioDetails vehicles = new SpendRatioDetails(" 3414 ", 2.0, 15.0, VehicleCategory.N3,
                EnergyCarrier.DIESEL, 0.5, "Egen stikkprøve av fakturaer, 2026");
        assertThatThrownBy(() -> contracts.saveSpendRatio(null, 0, vehicles)).isInstanceOf(AccessDeniedException.class);

        as("admin@demo.buyzet.eu");
        int rows = contracts.spendRatios().size();
        assertThatThrownBy(() -> contracts.saveSpendRatio(null, 0, new SpendRatioDetails("9x", 0.0, 5000.0, null,
                EnergyCarrier.DIESEL, -1.0, " "))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsOnly(
                        Map.entry("cpvPrefix", "validation.contract.spend-ratio.prefix"),
                        Map.entry("tripsPerMillion", "validation.contract.spend-ratio.tripsPerMillion"),
                        Map.entry("kmPerTrip", "validation.contract.spend-ratio.kmPerTrip"),
                        Map.entry("vehicleCategory", "validation.required"),
                        Map.entry("energyPerKm", "validation.contract.spend-ratio.energyPerKm"),
                        Map.entry("source", "validation.required")));
        assertThatThrownBy(() -> contracts.saveSpendRatio(null, 0, new SpendRatioDetails("905", 1.0, 1.0,
                VehicleCategory.N1, EnergyCarrier.DIESEL, null, "x"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsOnly(
                        Map.entry("cpvPrefix", "validation.contract.spend-ratio.prefix-taken")));
        assertThat(contracts.spendRatios()).hasSize(rows);

        SpendRatio added = contracts.saveSpendRatio(null, 0, vehicles);
        assertThat(added.cpvPrefix()).isEqualTo("3414");
        SpendRatio changed = contracts.saveSpendRatio(added.id(), added.version(), new SpendRatioDetails("3414", 3.0,
                15.0, VehicleCategory.N3, EnergyCarrier.DIESEL, 0.5, added.source()));
        assertThat(changed.tripsPerMillion()).isEqualTo(3.0);
        assertThatThrownBy(() -> contracts.saveSpendRatio(added.id(), added.version(), vehicles))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'spend-ratio' and subject_id = ?")
                .param(added.id().toString()).query(Integer.class).single()).isEqualTo(2);

        as("agency@demo.buyzet.eu");
        SpendEstimate estimate = contracts.estimateFromSpend(List.of("34144510-6"), new BigDecimal("10000000"), "NOK");
        assertThat(estimate.trips()).isCloseTo(30.0, offset(1e-9));
        assertThat(estimate.source()).isEqualTo("Egen stikkprøve av fakturaer, 2026");
    }

    @Test
    void every_row_of_the_table_gives_a_computable_estimate_and_a_row_the_factor_set_cannot_compute_is_refused() {
        as("agency@demo.buyzet.eu");
        List<SpendRatio> rows = contracts.spendRatios();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isNotBlank());
        for (SpendRatio r : rows) {
            String cpv = eu.buyzet.portal.shared.CpvCatalogue.official().category(r.cpvPrefix()).orElseThrow()
                    .code().value();
            SpendEstimate e = contracts.estimateFromSpend(List.of(cpv), new BigDecimal("1000000"), "NOK");
            assertThat(e.cpvPrefix()).as(cpv).isEqualTo(r.cpvPrefix());
            assertThat(e.trips()).as(cpv).isEqualTo(r.tripsPerMillion());
            assertThat(e.flow().measured()).isFalse();
            assertThat(eu.buyzet.portal.footprint.calculator.FootprintCalculator.calculate(footprints.defaultFactorSet(),
                    List.of(e.flow())).total().vehicleKm()).as(cpv).isCloseTo(e.vehicleKm(), offset(1e-6));
        }
        as("admin@demo.buyzet.eu");
        // the default set has no energy figure for a battery N2 truck (decisions 046, 050), so one must be given
        assertThatThrownBy(() -> contracts.saveSpendRatio(null, 0, new SpendRatioDetails("3415", 1.0, 10.0,
                VehicleCategory.N2, EnergyCarrier.BATTERY_ELECTRIC, null, "Antakelse"))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("energyPerKm", "validation.footprint.energy-per-km-needed")));
    }

    @Test
    void exports_name_the_category_and_whether_the_figures_are_estimated() throws Exception {
        PortalUser agency = as("agency@demo.buyzet.eu");
        MappedContract estimated = contracts.create(details("Eksport anslått", "60100000-9", new BigDecimal("700000"),
                "NOK", List.of(), TransportCategory.TRANSPORT_SERVICE, true));
        List<RankedContract> ranking = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ContractExport.csv(ranking, java.util.Map.of(), key -> key, csv);
        byte[] bytes = csv.toByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records).hasSameSizeAs(ranking);
        for (int i = 0; i < ranking.size(); i++) {
            RankedContract r = ranking.get(i);
            assertThat(records.get(i).get("contracts.category")).isEqualTo(r.transportCategory().messageKey());
            assertThat(records.get(i).get("contracts.figures-basis"))
                    .isEqualTo(r.id().equals(estimated.id()) ? "contracts.basis.estimated" : "contracts.basis.declared");
        }
        assertThat(records).extracting(rec -> rec.get("contracts.figures-basis")).contains("contracts.basis.declared");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ContractExport.xlsx(ranking, java.util.Map.of(), key -> key, "Kontrakter", xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int category = ContractExport.HEADINGS.indexOf("contracts.category");
            int basis = ContractExport.HEADINGS.indexOf("contracts.figures-basis");
            assertThat(rows.getFirst().getCellText(category)).isEqualTo("contracts.category");
            for (int i = 0; i < ranking.size(); i++) {
                RankedContract r = ranking.get(i);
                assertThat(rows.get(i + 1).getCellText(category)).isEqualTo(r.transportCategory().messageKey());
                assertThat(rows.get(i + 1).getCellText(basis)).isEqualTo(r.estimated() ? "contracts.basis.estimated"
                        : "contracts.basis.declared");
            }
        }
    }
}
