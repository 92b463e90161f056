package eu.buyzet.portal.buyergroup;

import java.util.Locale;

/** What a member's share of the demand is counted in. */
public enum DemandUnit {
    TRIPS_PER_YEAR,
    DELIVERIES_PER_YEAR,
    SITES,
    VEHICLES,
    TONNES_OF_WASTE_PER_YEAR,
    TONNES_OF_GOODS_PER_YEAR;

    public String messageKey() {
        return "buyer-group.unit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
