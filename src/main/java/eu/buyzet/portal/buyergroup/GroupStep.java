package eu.buyzet.portal.buyergroup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded step of a group: formed, joined, share changed, letter signed, committed, … */
public record GroupStep(String step, @Nullable BuyerGroupStatus from, @Nullable BuyerGroupStatus to,
                        @Nullable String detail, @Nullable String byName,
                        String byOrganisation, Instant at) {
    public String messageKey() {
        return "buyer-group.step." + step;
    }
}
