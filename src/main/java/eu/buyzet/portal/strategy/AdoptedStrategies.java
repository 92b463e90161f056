package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The strategy versions the public may read, for the public page, the open API and the buyer
 * groups' OCDS releases. The strategy service implements it; those channels print what it returns
 * through {@link PublicStrategy#of}, which leaves out everything but the adopted plan (decision 032).
 */
public interface AdoptedStrategies {

    /** The adopted version of each strategy (one per lineage), the most recently adopted first. */
    List<Strategy> adopted(PageRequest page);

    /** How many strategies have an adopted version. */
    long countAdopted();

    /**
     * One version as the public may read it: an adopted or a superseded version (a superseded
     * plan was adopted and published once, and links to it keep working); empty for drafts,
     * versions in consultation and unknown ids alike.
     */
    Optional<Strategy> published(StrategyId id);

    /** The adopted strategies of the priority areas that link the buyer group, the most recently adopted first. */
    List<Strategy> adoptedForBuyerGroup(long buyerGroupId);
}
