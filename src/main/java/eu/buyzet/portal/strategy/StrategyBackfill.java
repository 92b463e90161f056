package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.StartUpContracts;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.strategy.internal.PriorityAreaRepository;
import eu.buyzet.portal.strategy.internal.StrategyRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Priority areas and strategies written without figures (demo data, imports) get them once: an
 * area's baseline summed from its contracts' stored results, then each strategy's scenario computed
 * with the default factor set. Nothing already stored is touched, so an adopted strategy computed
 * here keeps these figures from then on, as one adopted in the portal does. Figures are never
 * written by hand into the demo: they come from the same calculator as everything else.
 */
@Component
class StrategyBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyBackfill.class);

    private final PriorityAreaRepository areas;
    private final StrategyRepository strategies;
    private final StartUpContracts contracts;
    private final StrategyService service;
    private final StrategyScenarios scenarios;

    StrategyBackfill(PriorityAreaRepository areas, StrategyRepository strategies, StartUpContracts contracts,
                     StrategyService service, StrategyScenarios scenarios) {
        this.areas = areas;
        this.strategies = strategies;
        this.contracts = contracts;
        this.service = service;
        this.scenarios = scenarios;
    }

    /** After the contracts' own backfill, whose stored results the baselines sum. */
    @Order(2)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void computeMissingFigures() {
        for (PriorityAreaId id : areas.withoutBaseline()) {
            areas.find(id).ifPresent(area -> {
                AreaBaseline baseline = Baselines.of(contracts.read(area.contracts()), scenarios.today());
                if (baseline != null) {
                    areas.fillMissingBaseline(id, baseline);
                }
            });
        }
        for (StrategyId id : strategies.withoutResult()) {
            Strategy s = service.raw(id);
            List<MappedContract> mapped = contracts.read(service.area(s).contracts());
            try {
                strategies.fillMissingResult(id, service.scenarioOf(s, mapped));
            } catch (ValidationException refused) {
                // a contract's flow or a planned year the calculator refuses leaves the strategy without
                // figures rather than stopping the start; its owner computes it once the contract is fixed
                LOG.warn("Strategy {} keeps no scenario: the calculator refuses it ({})", id, refused.fieldErrors());
            }
        }
    }
}
