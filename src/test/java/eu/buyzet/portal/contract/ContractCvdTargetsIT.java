package eu.buyzet.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A contract's Clean Vehicles Directive shares against the stored minimum targets (decision 040):
 * by vehicle group, for the reference period of its award date, with the agency's aggregate over
 * its contracts in scope in that period beside it.
 */
@PortalIntegrationTest
class ContractCvdTargetsIT {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired ContractService contracts;
    @Autowired CvdTargetService targets;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private static Flow trucks(EnergyCarrier carrier, double perKm, int vehicles) {
        Flow f = Flow.distance(VehicleCategory.N3, carrier, 2000, 30).withEnergyPerKm(perKm);
        return new Flow(f.vehicleCategory(), f.energyCarrier(), null, f.tripsPerYear(), f.kmPerTrip(), null,
                f.energyPerKm(), null, null, null, vehicles, false);
    }

    private MappedContract refuse(String cpv, @Nullable LocalDate awarded, int battery, int diesel) {
        return contracts.create(new ContractDetails("Avfall " + tag, null, List.of(cpv), "Renovatør " + tag,
                new BigDecimal("1000000"), "NOK", null, java.util.stream.Stream.of(
                        trucks(EnergyCarrier.BATTERY_ELECTRIC, 1.3, battery), trucks(EnergyCarrier.DIESEL, 0.45, diesel))
                .filter(f -> f.vehicles() > 0).toList(), TransportCategory.TRANSPORT_SERVICE, false, awarded));
    }

    private static CvdLine line(List<CvdLine> lines, CvdGroup group) {
        return lines.stream().filter(l -> l.group() == group).findFirst().orElseThrow();
    }

    @Test
    void every_stored_target_names_its_table_and_row_and_norway_has_all_three_groups_in_both_periods() {
        List<String> rows = jdbc.sql("select country || ' ' || vehicle_group || ' ' || period_from || ' '"
                + " || clean_min_percent || ' ' || source from contract_cvd_target where country = 'NO'"
                + " order by period_from, vehicle_group").query(String.class).list();
        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(r -> assertThat(r).contains("EEA Joint Committee of 28 October 2022")
                .contains("[2023/884]").containsPattern("Table [34]").contains("row \"Norway\""));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("NO TRUCK 2026-01-01 15"))
                .anySatisfy(r -> assertThat(r).startsWith("NO BUS 2021-08-02 45"))
                .anySatisfy(r -> assertThat(r).startsWith("NO LIGHT_DUTY 2026-01-01 38.5"));
    }

    @Test
    void a_contract_awarded_in_the_first_period_is_held_against_that_periods_truck_target_and_the_agency_sums_its_contracts() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        LocalDate awarded = LocalDate.of(2024, 5, 2);
        MappedContract first = refuse("90511000-2", awarded, 1, 9);
        CvdComparison before = targets.compare(first.id(), "NO");
        assertThat(first.awardDate()).isEqualTo(awarded);
        assertThat(before.country()).isEqualTo("NO");
        assertThat(before.periodFrom()).isEqualTo(LocalDate.of(2021, 8, 2));
        assertThat(before.periodTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        CvdLine own = line(before.contract(), CvdGroup.TRUCK);
        assertThat(own.vehicles()).isEqualTo(10);
        assertThat(own.cleanShare()).isEqualTo(0.1);
        assertThat(own.zeroEmissionShare()).isEqualTo(0.1);
        assertThat(own.target()).isNotNull();
        assertThat(own.target().cleanMinPercent()).isEqualTo(10);
        assertThat(own.cleanMet()).isTrue();

        // a second contract of the same period pulls the agency's share below 10 %; one awarded in 2027 does not count
        MappedContract second = refuse("90511100-3", LocalDate.of(2025, 1, 15), 0, 10);
        refuse("90511000-2", LocalDate.of(2027, 3, 1), 10, 0);
        refuse("45000000-7", awarded, 10, 0);
        CvdComparison after = targets.compare(first.id(), null);
        CvdLine agency = line(after.agency(), CvdGroup.TRUCK);
        CvdLine agencyBefore = line(before.agency(), CvdGroup.TRUCK);
        assertThat(agency.vehicles() - agencyBefore.vehicles()).isEqualTo(10);
        assertThat(agency.clean() - agencyBefore.clean()).isZero();
        assertThat(after.agencyContracts() - before.agencyContracts()).isEqualTo(1);
        assertThat(line(targets.compare(second.id(), "NO").contract(), CvdGroup.TRUCK).cleanMet()).isFalse();
    }

    @Test
    void without_an_award_date_the_second_period_applies_and_its_truck_target_is_fifteen_percent() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        MappedContract c = refuse("60161000-4", null, 1, 9);
        CvdComparison compared = targets.compare(c.id(), "no");
        assertThat(compared.awardDate()).isNull();
        assertThat(compared.periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        CvdLine own = line(compared.contract(), CvdGroup.TRUCK);
        assertThat(own.target().cleanMinPercent()).isEqualTo(15);
        assertThat(own.cleanMet()).isFalse();
        assertThat(compared.countries()).contains("NO", "IS", "LI");
    }

    @Test
    void germany_and_czechia_have_the_targets_their_transposing_laws_state_and_a_czech_first_period_is_not_guessed() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        MappedContract later = refuse("90511000-2", LocalDate.of(2027, 6, 1), 1, 9);
        CvdComparison germany = targets.compare(later.id(), "DE");
        CvdLine trucks = line(germany.contract(), CvdGroup.TRUCK);
        assertThat(trucks.target().cleanMinPercent()).isEqualTo(15);
        assertThat(trucks.target().source()).contains("SaubFahrzeugBeschG § 6 (2) no. 2 (a)");
        assertThat(trucks.cleanMet()).isFalse();
        assertThat(germany.countries()).contains("DE", "CZ", "NO");
        CvdComparison czechia = targets.compare(later.id(), "CZ");
        assertThat(line(czechia.contract(), CvdGroup.TRUCK).target().cleanMinPercent()).isEqualTo(11);
        assertThat(line(czechia.contract(), CvdGroup.TRUCK).cleanMet()).isFalse();

        List<String> buses = jdbc.sql("select country || ' ' || period_from || ' ' || clean_min_percent || ' '"
                + " || zero_emission_min_percent from contract_cvd_target where vehicle_group = 'BUS'"
                + " and country in ('DE', 'CZ') order by country, period_from").query(String.class).list();
        // half of each bus target is to be met with zero-emission buses (SaubFahrzeugBeschG § 6 (3), 360/2022 Sb. § 4 (4))
        assertThat(buses).containsExactly("CZ 2026-01-01 60 30", "DE 2021-08-02 45 22.5", "DE 2026-01-01 65 32.5");

        MappedContract earlier = refuse("90511000-2", LocalDate.of(2024, 6, 1), 1, 9);
        assertThat(targets.compare(earlier.id(), "DE").hasTargets()).isTrue();
        assertThat(line(targets.compare(earlier.id(), "DE").contract(), CvdGroup.TRUCK).target().cleanMinPercent())
                .isEqualTo(10);
        // the Czech law's first period starts on a date we could not read in a primary text: no verdict
        assertThat(line(targets.compare(earlier.id(), "CZ").contract(), CvdGroup.TRUCK).cleanMet()).isNull();
    }

    @Test
    void a_country_without_stored_targets_shows_shares_without_a_verdict_and_a_date_outside_the_periods_has_none() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        MappedContract c = refuse("90511000-2", LocalDate.of(2027, 6, 1), 5, 5);
        CvdComparison sweden = targets.compare(c.id(), "SE");
        assertThat(sweden.hasTargets()).isFalse();
        assertThat(line(sweden.contract(), CvdGroup.TRUCK).cleanMet()).isNull();
        assertThat(line(sweden.contract(), CvdGroup.TRUCK).cleanShare()).isEqualTo(0.5);

        MappedContract old = refuse("90511000-2", LocalDate.of(2020, 6, 1), 5, 5);
        CvdComparison before = targets.compare(old.id(), "NO");
        assertThat(before.periodFrom()).isNull();
        assertThat(before.hasTargets()).isFalse();
        assertThat(before.agency()).isEmpty();
    }

    @Test
    void the_comparison_travels_with_the_contract_so_a_supplier_is_refused() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        MappedContract c = refuse("90511000-2", null, 1, 1);
        TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
        assertThat(targets.compare(c.id(), null).contract()).isNotEmpty();
        TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
        assertThatThrownBy(() -> targets.compare(c.id(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_ranking_exports_count_each_contracts_vehicles_by_group_and_leave_them_empty_outside_the_directives_scope()
            throws Exception {
        var agency = TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        LocalDate awarded = LocalDate.of(2024, 5, 2);
        MappedContract inScope = refuse("90511000-2", awarded, 3, 7);
        MappedContract outside = refuse("45000000-7", awarded, 10, 0);
        List<RankedContract> ranking = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E);
        java.util.Map<ContractId, CvdFacts> facts = targets.factsOf(ranking);
        // three battery trucks and seven diesel ones, each flow 60,000 km: 30 % of the vehicles, half the km
        CvdLine truckLine = facts.get(inScope.id()).line(CvdGroup.TRUCK);
        assertThat(truckLine).isEqualTo(new CvdLine(CvdGroup.TRUCK, 10, 3, 3, 120_000, 60_000, 60_000, null));
        assertThat(truckLine.zeroEmissionShare()).isEqualTo(0.3);
        assertThat(truckLine.zeroEmissionKmShare()).isEqualTo(0.5);
        assertThat(facts.get(inScope.id()).line(CvdGroup.BUS)).isEqualTo(new CvdLine(CvdGroup.BUS, 0, 0, 0, 0, 0, 0, null));
        assertThat(facts.get(outside.id()).inScope()).isFalse();
        assertThat(facts.get(outside.id()).line(CvdGroup.TRUCK)).isNull();

        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        ContractExport.csv(ranking, facts, key -> key, csv);
        byte[] bytes = csv.toByteArray();
        var parsed = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        java.nio.charset.StandardCharsets.UTF_8));
        List<String> mine = parsed.getRecords().stream().filter(r -> r.get("contracts.title").contains(tag))
                .map(r -> String.join(" ", r.get("contracts.award-date"), r.get("contracts.export.cvd-in-scope"),
                        r.get("contracts.export.cvd-vehicles.truck"), r.get("contracts.export.cvd-clean.truck"),
                        r.get("contracts.export.cvd-zero.truck"), r.get("contracts.export.cvd-vehicles.light-duty")))
                .toList();
        assertThat(mine).containsExactlyInAnyOrder("2024-05-02 contracts.export.yes 10 3 3 0",
                "2024-05-02 contracts.export.no    ");

        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        ContractExport.xlsx(ranking, facts, key -> key, "Kontrakter", xlsx);
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            int trucks = ContractExport.HEADINGS.indexOf("contracts.export.cvd-vehicles.truck");
            int title = ContractExport.HEADINGS.indexOf("contracts.title");
            var rows = book.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(trucks)).isEqualTo("contracts.export.cvd-vehicles.truck");
            // numbers stay numbers, so that a spreadsheet sums the directive's count over any selection
            assertThat(rows.stream().filter(r -> r.getCellText(title).contains(tag))
                    .map(r -> r.getCellAsNumber(trucks).map(java.math.BigDecimal::intValue).orElse(-1)).toList())
                    .containsExactlyInAnyOrder(10, -1);
        }
    }
}
