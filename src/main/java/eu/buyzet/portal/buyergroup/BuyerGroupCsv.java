package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.CsvWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Members and volumes as CSV, through the portal's one CSV writer (formula cells neutralised).
 * Column names are fixed English identifiers, since scripts read them. It prints the members as
 * the reader sees them ({@link BuyerGroupDisclosure#members}): a withheld fact is an empty cell,
 * so the file never tells more than the page.
 */
public final class BuyerGroupCsv {

    static final String[] HEADER = {"organisation", "organisation_number", "quantity", "unit", "annual_value",
            "currency", "baseline_co2e_wtw_kg", "baseline_tailpipe_co2e_kg", "baseline_vehicle_km", "joint_parts",
            "letter_of_intent_signed_by", "letter_of_intent_signed_at"};

    private BuyerGroupCsv() {
    }

    @DisclosureChannel("buyergroup.members-csv")
    public static void write(List<MemberView> members, OutputStream out) {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (MemberView m : members) {
                csv.row(m.organisationName(), m.organisationNumber(),
                        m.quantity() == null ? null : m.quantity().toPlainString(), m.unit(),
                        m.annualValue() == null ? null : m.annualValue().toPlainString(), m.currency(),
                        round(m.baselineCo2eKg()), round(m.baselineTtwKg()), round(m.baselineVehicleKm()),
                        m.jointParts() == null ? null
                                : m.jointParts().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
                        m.letterSignedBy(), m.letterSignedAt());
            }
        }
    }

    private static @Nullable Long round(@Nullable Double kg) {
        return kg == null ? null : Math.round(kg);
    }
}
