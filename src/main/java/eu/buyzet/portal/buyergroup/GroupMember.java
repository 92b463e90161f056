package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member agency and its share. The baseline figures are the member's current transport
 * footprint per year, copied from its source when the share was saved.
 *
 * @param baselineTtwKg the tailpipe part of the baseline: what a zero-emission delivery avoids
 * @param organisationNumber the Norwegian organisation number, null for a foreign member
 * @param visibleToAgencies whether the other agencies see its own figures ({@link MemberShare})
 * @param visibleToSuppliers whether suppliers, and so everyone, see them
 * @param letterSignedBy the name the member typed on its letter of intent, null until signed
 */
public record GroupMember(OrganisationId organisationId, String organisationName, String organisationNumber,
                          BigDecimal quantity, DemandUnit unit,
                          @Nullable BigDecimal annualValue, String currency, FootprintSource footprint,
                          double baselineCo2eKg,
                          double baselineTtwKg, double baselineVehicleKm, String contactName, String contactEmail,
                          Set<ProcedurePart> jointParts, boolean visibleToAgencies, boolean visibleToSuppliers,
                          @Nullable String letterSignedBy, @Nullable Instant letterSignedAt, Instant joinedAt,
                          int version) {
    public GroupMember {
        jointParts = Set.copyOf(jointParts);
    }

    /** Whether everyone may see its own figures: suppliers, and so the public. */
    public boolean shareVisible() {
        return visibleToSuppliers;
    }

    public boolean hasSignedLetter() {
        return letterSignedBy != null;
    }
}
