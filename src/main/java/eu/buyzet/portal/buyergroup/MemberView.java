package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One member agency as a particular reader may see it ({@link BuyerGroupDisclosure} decides).
 * A fact the reader may not see is null here: channels print what they get and decide nothing.
 *
 * @param quantity null (with unit and the baseline figures) when the share is hidden from the reader
 * @param annualValue null when withheld from the reader, or when the member gave none
 * @param jointParts null when withheld
 * @param contactName null when withheld, like {@code contactEmail}
 * @param shareVisible whether the member lets everyone see its own figures (suppliers and the public)
 * @param shareVisibleToAgencies whether it lets the other agencies see them
 * @param letterSigned null when the reader may not know whether (during forming) it signed
 * @param letterSignedBy the signer's name, null until signed or when withheld, like {@code letterSignedAt}
 * @param counted whether the member counts in the combined demand (all while forming; signers once committed)
 * @param yours whether it is the reader's own agency
 */
public record MemberView(OrganisationId organisationId, String organisationName, String organisationNumber,
                         @Nullable BigDecimal quantity, @Nullable DemandUnit unit, @Nullable BigDecimal annualValue,
                         @Nullable String currency, @Nullable Double baselineCo2eKg, @Nullable Double baselineTtwKg,
                         @Nullable Double baselineVehicleKm, @Nullable Set<ProcedurePart> jointParts,
                         @Nullable String contactName, @Nullable String contactEmail, boolean shareVisible,
                         @Nullable Boolean letterSigned, @Nullable String letterSignedBy,
                         @Nullable Instant letterSignedAt, boolean counted,
                         boolean yours, boolean shareVisibleToAgencies) {

    public MemberView {
        jointParts = jointParts == null ? null : Set.copyOf(jointParts);
    }

    /** Whether the reader sees this member's own figures. */
    public boolean figuresShown() {
        return quantity != null;
    }
}
