package eu.buyzet.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.PageRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The territorial tailpipe CO2e beside well-to-wheel in every channel of the contract feature that
 * shows totals (issue 16 item 5, decision 029): the ranking, the CPV categories, the start page's
 * headline and the CSV and XLSX exports, with the stored figure, never 0 for an unknown one.
 */
@PortalIntegrationTest
class ContractTailpipeIT {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired ContractService contracts;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private MappedContract mapped() {
        return contracts.create(new ContractDetails("Tailpipe " + tag, null, List.of("90511000-2"), "Renovatør",
                new BigDecimal("500000"), "NOK", null,
                List.of(Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 3000, 25).withEnergyPerKm(0.45))));
    }

    @Test
    void the_ranking_categories_and_headline_carry_the_stored_tailpipe_figure() {
        PortalUser agency = TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        MappedContract c = mapped();
        double tailpipe = c.result().total().co2eTtwKg();
        assertThat(tailpipe).isPositive().isLessThan(c.result().total().co2eWtwKg());

        RankedContract ranked = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E).stream()
                .filter(r -> r.id().equals(c.id())).findFirst().orElseThrow();
        assertThat(ranked.figures().co2eTailpipeKg()).isCloseTo(tailpipe, offset(1e-6));
        assertThat(contracts.rank(null, ContractMetric.CO2E, new PageRequest(0, 500)))
                .allSatisfy(r -> assertThat(r.figures().co2eTailpipeKg()).isNotNull());

        List<RankedContract> all = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E);
        double sum = all.stream().mapToDouble(r -> r.figures().co2eTailpipeKg()).sum();
        assertThat(contracts.headline().orElseThrow().co2eTailpipeKgPerYear()).isCloseTo(sum, offset(1e-3));

        CpvCategoryTotal refuse = contracts.byCpvCategory(agency.organisationId(), ContractMetric.CO2E, CpvLevel.GROUP)
                .stream().filter(t -> t.prefix().equals("905")).findFirst().orElseThrow();
        double refuseSum = all.stream().filter(r -> r.mainCpv().value().startsWith("905"))
                .mapToDouble(r -> r.figures().co2eTailpipeKg()).sum();
        assertThat(refuse.figures().co2eTailpipeKg()).isCloseTo(refuseSum, offset(1e-3));
    }

    @Test
    void a_contract_without_a_stored_tailpipe_figure_leaves_its_group_sum_unknown_not_zero() {
        PortalUser agency = TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        MappedContract c = mapped();
        jdbc.sql("update footprint_contract set co2e_tailpipe_kg = null where id = ?").param(c.id().value()).update();
        try {
            assertThat(contracts.rankAll(agency.organisationId(), ContractMetric.CO2E).stream()
                    .filter(r -> r.id().equals(c.id())).findFirst().orElseThrow().figures().co2eTailpipeKg()).isNull();
            assertThat(contracts.headline().orElseThrow().co2eTailpipeKgPerYear()).isNull();
            assertThat(contracts.byCpvCategory(agency.organisationId(), ContractMetric.CO2E, CpvLevel.GROUP).stream()
                    .filter(t -> t.prefix().equals("905")).findFirst().orElseThrow().figures().co2eTailpipeKg()).isNull();
        } finally {
            jdbc.sql("update footprint_contract set co2e_tailpipe_kg = (result -> 'total' ->> 'co2eTtwKg')::numeric"
                    + " where id = ?").param(c.id().value()).update();
        }
    }

    @Test
    void the_csv_and_xlsx_exports_carry_the_tailpipe_column_under_its_label() throws Exception {
        PortalUser agency = TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        mapped();
        List<RankedContract> ranking = contracts.rankAll(agency.organisationId(), ContractMetric.CO2E);
        String label = "Tailpipe (territorial, as in Oslo’s climate budget)";
        java.util.function.Function<String, String> headings = k -> k.equals("footprint.tailpipe") ? label : k;

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ContractExport.csv(ranking, java.util.Map.of(), headings, csv);
        byte[] bytes = csv.toByteArray();
        var parsed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8));
        assertThat(parsed.getHeaderNames()).contains(label + " (kg)");
        List<CSVRecord> records = parsed.getRecords();
        for (int i = 0; i < ranking.size(); i++) {
            assertThat(records.get(i).get(label + " (kg)"))
                    .isEqualTo(Long.toString(Math.round(ranking.get(i).figures().co2eTailpipeKg())));
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ContractExport.xlsx(ranking, java.util.Map.of(), headings, "Kontrakter", xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int last = ContractExport.HEADINGS.indexOf("footprint.tailpipe");
            assertThat(rows.getFirst().getCellText(last)).isEqualTo(label + " (kg)");
            for (int i = 0; i < ranking.size(); i++) {
                assertThat(rows.get(i + 1).getCellAsNumber(last).orElseThrow().longValue())
                        .isEqualTo(Math.round(ranking.get(i).figures().co2eTailpipeKg()));
            }
        }
    }
}
