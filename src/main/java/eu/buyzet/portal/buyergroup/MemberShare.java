package eu.buyzet.portal.buyergroup;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agency enters to join a buyer group, or to change its share.
 *
 * @param shareVisible whether everyone may see this agency's own figures; a hidden share is seen
 *     only by its own agency, the lead buyer and the forum's moderators, and no total shown to anyone
 *     else includes it ({@link BuyerGroupDisclosure})
 */
public record MemberShare(@Nullable BigDecimal quantity, @Nullable DemandUnit unit, @Nullable BigDecimal annualValue,
                          @Nullable String currency, @Nullable FootprintSource footprint, String contactName,
                          String contactEmail, Set<ProcedurePart> jointParts, boolean shareVisible) {
    public MemberShare {
        jointParts = jointParts == null ? Set.of() : Set.copyOf(jointParts);
    }
}
