package eu.buyzet.portal.contract;

import java.util.List;

/**
 * What recomputing an agency's contracts did.
 *
 * @param changed contracts now computed with the default factor set
 * @param refused titles of contracts that keep their earlier figures because the calculator now
 *     refuses their flows (mapped before its plausibility checks); their owner corrects them
 */
public record Recomputed(int changed, List<String> refused) {
    public Recomputed {
        refused = List.copyOf(refused);
    }
}
