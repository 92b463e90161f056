package eu.buyzet.portal.buyergroup;

import java.util.Locale;

/**
 * The parts of a procurement procedure a member runs jointly with the group; it runs the others
 * alone and answers alone for them (directive 2014/24/EU art. 38(1)).
 */
public enum ProcedurePart {
    MARKET_DIALOGUE,
    TENDER_DOCUMENTS,
    TENDERING_AND_AWARD,
    CONTRACT_SIGNING,
    CONTRACT_MANAGEMENT;

    public String messageKey() {
        return "buyer-group.part." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
