package eu.buyzet.portal.contract;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * The contract ranking as a spreadsheet: CSV (UTF-8 with a byte-order mark, so that Excel reads
 * Norwegian letters) and XLSX. Numbers stay numbers, in base units (km, kg, g), so that people
 * can sum and chart them; headings are in the reader's language.
 */
public final class ContractExport {

    /** Heading keys, in column order. */
    static final List<String> HEADINGS = List.of("contracts.rank", "contracts.agency", "contracts.title",
            "contracts.main-cpv", "contracts.cpv-label", "contracts.supplier", "contracts.annual-value",
            "contracts.currency", "contracts.end-date", "contracts.metric.trips", "contracts.metric.vehicle-km",
            "contracts.metric.co2e", "contracts.metric.nox", "contracts.metric.pm", "contracts.factor-set",
            "contracts.category", "contracts.figures-basis", "footprint.tailpipe", "contracts.award-date",
            "contracts.export.cvd-in-scope", "contracts.export.cvd-vehicles.light-duty",
            "contracts.export.cvd-clean.light-duty", "contracts.export.cvd-zero.light-duty",
            "contracts.export.cvd-vehicles.truck", "contracts.export.cvd-clean.truck", "contracts.export.cvd-zero.truck",
            "contracts.export.cvd-vehicles.bus", "contracts.export.cvd-clean.bus", "contracts.export.cvd-zero.bus");

    private ContractExport() {
    }

    @DisclosureChannel("contract.ranking-csv")
    public static void csv(List<RankedContract> ranking, Map<ContractId, CvdFacts> cvd,
                           Function<String, String> translate, OutputStream out) {
        CsvWriter csv = CsvWriter.open(out, HEADINGS.stream().map(k -> translate.apply(k) + unit(k)).toList());
        for (RankedContract r : ranking) {
            csv.row(row(r, cvd.get(r.id()), translate));
        }
        csv.close();
    }

    @DisclosureChannel("contract.ranking-xlsx")
    public static void xlsx(List<RankedContract> ranking, Map<ContractId, CvdFacts> cvd,
                            Function<String, String> translate, String sheetName, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "BuyZET Portal", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.value(0, c, translate.apply(HEADINGS.get(c)) + unit(HEADINGS.get(c)));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (RankedContract contract : ranking) {
                List<Object> values = row(contract, cvd.get(contract.id()), translate);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v instanceof java.time.LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
                r++;
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unit(String key) {
        return switch (key) {
            case "contracts.metric.vehicle-km" -> " (km)";
            case "contracts.metric.co2e", "footprint.tailpipe" -> " (kg)";
            case "contracts.metric.nox", "contracts.metric.pm" -> " (g)";
            default -> "";
        };
    }

    /**
     * Columns are only ever added at the end: category and basis (decision 033), then the tailpipe
     * CO2e Oslo's climate budget counts, empty where no stored figure exists (never 0); then the
     * Clean Vehicles Directive's award date, scope and vehicles by group (decision 048), empty for a
     * contract outside its scope, so that a column's sum is the directive's count.
     */
    private static List<Object> row(RankedContract r, @Nullable CvdFacts cvd, Function<String, String> translate) {
        ContractFigures f = r.figures();
        List<Object> row = new ArrayList<>(Arrays.asList(r.rank(), r.organisationName(), r.title(), r.mainCpv().value(),
                eu.buyzet.portal.shared.CpvCatalogue.official().find(r.mainCpv()).map(e -> e.label()).orElse(""),
                r.supplierName(), r.annualValue(), r.currency(), r.endDate(), round(f.trips()), round(f.vehicleKm()),
                round(f.co2eWtwKg()), round(f.noxG()), round(f.pmG()), r.factorSetId(),
                translate.apply(r.transportCategory().messageKey()),
                translate.apply(r.estimated() ? "contracts.basis.estimated" : "contracts.basis.declared"),
                round(f.co2eTailpipeKg())));
        row.add(cvd == null ? null : cvd.awardDate());
        row.add(cvd == null ? null : translate.apply(cvd.inScope() ? "contracts.export.yes" : "contracts.export.no"));
        for (CvdGroup group : CvdGroup.values()) {
            CvdLine line = cvd == null ? null : cvd.line(group);
            row.add(line == null ? null : line.vehicles());
            row.add(line == null ? null : line.clean());
            row.add(line == null ? null : line.zeroEmission());
        }
        return row;
    }

    /** Whole units: the figures are estimates, and more digits would claim a precision they lack. */
    private static @Nullable Long round(@Nullable Double value) {
        return value == null ? null : Math.round(value);
    }
}
