package eu.buyzet.portal.buyergroup;

import java.time.Instant;

/** One recorded step of a group: formed, joined, share changed, letter signed, committed, … */
public record GroupStep(String step, BuyerGroupStatus from, BuyerGroupStatus to, String detail, String byName,
                        String byOrganisation, Instant at) {
    public String messageKey() {
        return "buyer-group.step." + step;
    }
}
