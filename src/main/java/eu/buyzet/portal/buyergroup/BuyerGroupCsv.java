package eu.buyzet.portal.buyergroup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Members and volumes as CSV (UTF-8 with a byte-order mark, for Excel). Column names are fixed
 * English identifiers, since scripts read them; give it only the members the reader may see.
 */
public final class BuyerGroupCsv {

    static final String[] HEADER = {"organisation", "organisation_number", "quantity", "unit", "annual_value",
            "currency", "baseline_co2e_wtw_kg", "baseline_tailpipe_co2e_kg", "baseline_vehicle_km", "joint_parts",
            "letter_of_intent_signed_by", "letter_of_intent_signed_at"};

    private BuyerGroupCsv() {
    }

    public static void write(List<GroupMember> members, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            for (GroupMember m : members) {
                csv.printRecord(m.organisationName(), m.organisationNumber(), m.quantity().toPlainString(), m.unit(),
                        m.annualValue() == null ? null : m.annualValue().toPlainString(), m.currency(),
                        Math.round(m.baselineCo2eKg()), Math.round(m.baselineTtwKg()), Math.round(m.baselineVehicleKm()),
                        m.jointParts().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
                        m.letterSignedBy(), m.letterSignedAt());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
