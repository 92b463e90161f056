package eu.buyzet.portal.buyergroup;

import java.math.BigDecimal;
import java.util.List;

/**
 * The group's combined demand as the viewer may see it. Members and moderators see everything.
 * Anyone else sees each agency's figures only where it allows, and never a total from which a
 * hidden share could be worked out: a total made of one hidden share alone is withheld (null),
 * and the per-member breakdown is withheld when exactly one share in a unit is hidden.
 *
 * @param memberNames every member agency (who buys together is public; shares may not be)
 * @param counted members counted: all while forming, those with a letter of intent once committed
 * @param baselineCo2eKg yearly CO2e (well-to-wheel) of the counted members today; null if withheld
 * @param tailpipeCo2eKg the tailpipe part of it, which zero-emission delivery avoids; null if withheld
 * @param breakdown the members whose own figures the viewer sees
 * @param breakdownWithheld true when figures of visible members are left out to protect a hidden one
 */
public record Demand(List<String> memberNames, int counted, List<UnitTotal> units, Double baselineCo2eKg, Double tailpipeCo2eKg,
                     Double vehicleKm, List<GroupMember> breakdown, boolean breakdownWithheld, int capableSuppliers,
                     int threshold) {

    /** Oslo counts a market as mature when at least three capable suppliers are interested. */
    public static final int MARKET_MATURITY_THRESHOLD = 3;

    public Demand {
        memberNames = List.copyOf(memberNames);
        units = List.copyOf(units);
        breakdown = List.copyOf(breakdown);
    }

    /** @param quantity null when withheld */
    public record UnitTotal(DemandUnit unit, BigDecimal quantity, int members) {
    }

    public boolean marketMature() {
        return capableSuppliers >= threshold;
    }
}
