package eu.buyzet.portal.buyergroup;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agency enters to join a buyer group, or to change its share.
 *
 * @param visibleToAgencies whether the other agencies (fellow members and those who may join) see
 *     this agency's own figures
 * @param visibleToSuppliers whether suppliers, and so everyone (the open API, OCDS), see them; it
 *     implies {@code visibleToAgencies}. A share hidden from a reader is seen by its own agency, the
 *     lead buyer and the forum's moderators, and no total shown to that reader includes it
 *     ({@link BuyerGroupDisclosure})
 */
public record MemberShare(@Nullable BigDecimal quantity, @Nullable DemandUnit unit, @Nullable BigDecimal annualValue,
                          @Nullable String currency, @Nullable FootprintSource footprint, String contactName,
                          String contactEmail, Set<ProcedurePart> jointParts, boolean visibleToAgencies,
                          boolean visibleToSuppliers) {
    public MemberShare {
        jointParts = jointParts == null ? Set.of() : Set.copyOf(jointParts);
    }

    /** A share visible to everyone, or to no one but those who see every share: the one setting of before. */
    public MemberShare(@Nullable BigDecimal quantity, @Nullable DemandUnit unit, @Nullable BigDecimal annualValue,
                       @Nullable String currency, @Nullable FootprintSource footprint, String contactName,
                       String contactEmail, Set<ProcedurePart> jointParts, boolean visibleToEveryone) {
        this(quantity, unit, annualValue, currency, footprint, contactName, contactEmail, jointParts, visibleToEveryone,
                visibleToEveryone);
    }
}
