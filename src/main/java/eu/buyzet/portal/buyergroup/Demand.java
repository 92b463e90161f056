package eu.buyzet.portal.buyergroup;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The group's combined demand as one reader may see it ({@link BuyerGroupDisclosure}). A hidden
 * share never enters a figure shown to a reader who may not see it, not even inside a total: a
 * total that would include it is null. So no subtraction, no comparison of channels and no
 * comparison over time (before and after a member joins, changes its share or is left out at
 * commitment) can give it away, however many shares are hidden.
 *
 * @param memberNames every member agency (who buys together is public; shares may not be)
 * @param counted members counted: all while forming, those with a letter of intent once committed
 * @param units per unit, the total when the reader sees every counted share in that unit
 * @param baselineCo2eKg yearly CO2e (well-to-wheel) of the counted members today; null if withheld
 * @param tailpipeCo2eKg the tailpipe part of it, which zero-emission delivery avoids; null if withheld
 * @param vehicleKm the counted members' yearly vehicle-km; null if withheld
 * @param breakdown the counted members whose own figures the reader sees
 * @param breakdownWithheld true when the breakdown leaves out counted members whose share is hidden
 *     from the reader (their number is {@code hiddenShares})
 * @param hiddenShares counted members whose share the reader does not see
 * @param signersOnly whether only members with a letter of intent are counted (once the group is committed)
 */
public record Demand(List<String> memberNames, int counted, List<UnitTotal> units,
                     @Nullable Double baselineCo2eKg, @Nullable Double tailpipeCo2eKg, @Nullable Double vehicleKm, List<MemberView> breakdown, boolean breakdownWithheld,
                     int hiddenShares, int capableSuppliers, int threshold, boolean signersOnly) {

    /** Oslo counts a market as mature when at least three capable suppliers are interested. */
    public static final int MARKET_MATURITY_THRESHOLD = 3;

    public Demand {
        memberNames = List.copyOf(memberNames);
        units = List.copyOf(units);
        breakdown = List.copyOf(breakdown);
    }

    /** @param quantity null when withheld */
    public record UnitTotal(DemandUnit unit, @Nullable BigDecimal quantity, int members) {
    }

    public boolean marketMature() {
        return capableSuppliers >= threshold;
    }

    /** Whether the totals are withheld because they would include a share hidden from the reader. */
    public boolean totalsWithheld() {
        return baselineCo2eKg == null;
    }
}
