package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The EMEP/EEA hot-emission annex rows kept beside the scripts in docs/research/emep-2019-annex/, so that a test can
 * recompute a seeded figure from the row its citation names.
 */
final class EmepAnnexRows {

    private static final List<String> COEFFICIENTS = List.of("MinSpeed_kmh", "MaxSpeed_kmh", "Alpha", "Beta", "Gamma",
            "Delta", "Epsilon", "Zita", "Hta", "ReductionFactor_perc");

    private EmepAnnexRows() {
    }

    /** The annex's speed function, valid only between the row's speeds (docs/research, section 2). */
    static double speedFunction(double[] c, double speed) {
        double v = Math.min(Math.max(speed, c[0]), c[1]);
        return (c[2] * v * v + c[3] * v + c[4] + c[5] / v) / (c[6] * v * v + c[7] * v + c[8]) * (1 - c[9]);
    }

    /** Each numbered row's coefficients; rows without an annex row number (copies of other editions) are skipped. */
    static Map<Integer, double[]> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        Map<Integer, double[]> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            // segment names hold no comma in this copy (vein writes "Rigid 7.5 - 12 t"), so a plain split is exact
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSameSizeAs(header.toArray());
            String row = cells[header.indexOf("row")];
            if (!row.matches("\\d+")) {
                continue;
            }
            double[] c = new double[COEFFICIENTS.size()];
            for (int i = 0; i < COEFFICIENTS.size(); i++) {
                String cell = cells[header.indexOf(COEFFICIENTS.get(i))];
                c[i] = cell.isEmpty() ? 0 : Double.parseDouble(cell);
            }
            rows.put(Integer.parseInt(row), c);
        }
        return rows;
    }
}
