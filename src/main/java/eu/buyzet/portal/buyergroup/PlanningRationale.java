package eu.buyzet.portal.buyergroup;

import java.util.Optional;

/**
 * The plan behind a buyer group's purchase, for its OCDS release's {@code planning.rationale}:
 * the adopted contract strategy of the priority area that links the group. The strategy feature
 * implements it (it depends on this feature, not the other way round); without an implementation
 * the release gives the group's own rationale only.
 */
public interface PlanningRationale {

    /** The plan, if an adopted strategy links the group; in English, as the release is. */
    Optional<Plan> of(BuyerGroupId group);

    /**
     * @param rationale free text for {@code planning.rationale}, public as the adopted strategy is
     * @param title the strategy's title, for the release's procurement plan document
     * @param path the strategy's public page, relative to the portal's address
     */
    record Plan(String rationale, String title, String path) {
    }
}
