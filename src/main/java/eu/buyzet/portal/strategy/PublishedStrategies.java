package eu.buyzet.portal.strategy;

import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.strategy.internal.PriorityAreaRepository;
import eu.buyzet.portal.strategy.internal.StrategyRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adopted strategies as the public may read them (decision 032), for the public page, the open
 * API and the OCDS rationale, read through the feature's one policy
 * ({@link StrategyDisclosure#forPublicReading}); those channels print {@link PublicStrategy#of}.
 */
@Component
class PublishedStrategies implements AdoptedStrategies {

    private final StrategyRepository strategies;
    private final PriorityAreaRepository areas;
    private final StrategyDisclosure disclosure;
    private final BuyerGroupService buyerGroups;

    PublishedStrategies(StrategyRepository strategies, PriorityAreaRepository areas, StrategyDisclosure disclosure,
                        BuyerGroupService buyerGroups) {
        this.buyerGroups = buyerGroups;
        this.strategies = strategies;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Strategy> adopted(PageRequest page) {
        return strategies.adopted(page.offset(), page.limit()).stream().map(this::publicSummary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countAdopted() {
        return strategies.count(List.of(StrategyStatus.ADOPTED));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Strategy> published(StrategyId id) {
        return strategies.find(id)
                .filter(s -> s.status() == StrategyStatus.ADOPTED || s.status() == StrategyStatus.SUPERSEDED)
                .map(this::publicSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Strategy> adoptedForBuyerGroup(long buyerGroupId) {
        // only the lead's own plan speaks for the group: any agency may link a public group to its area
        Optional<OrganisationId> lead;
        try {
            lead = Optional.of(buyerGroups.get(BuyerGroupId.of(buyerGroupId)).leadOrganisationId());
        } catch (NotFoundException unseen) {
            lead = Optional.empty();
        }
        Optional<OrganisationId> owner = lead;
        return strategies.adoptedForBuyerGroup(buyerGroupId).stream().filter(s -> owner.equals(Optional.of(s.owner())))
                .map(this::publicSummary).toList();
    }

    private Strategy publicSummary(Strategy s) {
        PriorityArea area = areas.find(s.area()).orElseThrow(() -> new IllegalStateException("A strategy has its area"));
        return disclosure.forPublicReading(area, s);
    }
}
