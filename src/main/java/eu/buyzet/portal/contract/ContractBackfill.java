package eu.buyzet.portal.contract;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapped contracts written without figures (demo data, imports) get them once, with the default
 * factor set, so that every contract takes part in the ranking. Existing figures are never touched.
 */
@Component
class ContractBackfill {

    private final ContractService contracts;

    ContractBackfill(ContractService contracts) {
        this.contracts = contracts;
    }

    // before the strategy backfill, which sums these figures into priority areas' baselines
    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void computeMissingFigures() {
        contracts.computeMissing();
    }
}
