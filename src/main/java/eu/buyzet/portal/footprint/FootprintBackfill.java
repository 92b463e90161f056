package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.internal.DeclarationRepository;
import eu.buyzet.portal.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published submissions whose declaration arrived without a result (demo data, imports) get the
 * result publishing would have given them, once, with the default factor set. Existing results
 * are never touched.
 */
@Component
class FootprintBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(FootprintBackfill.class);

    private final DeclarationRepository declarations;
    private final FootprintService footprints;

    FootprintBackfill(DeclarationRepository declarations, FootprintService footprints) {
        this.declarations = declarations;
        this.footprints = footprints;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void computeMissingResults() {
        FactorSet set = footprints.defaultFactorSet();
        for (var id : declarations.publishedWithoutResult()) {
            try {
                declarations.find(id).ifPresent(d -> declarations.addResult(id,
                        FootprintCalculator.calculate(set, d.flows()),
                        d.baselineFlows().isEmpty() ? null : FootprintCalculator.calculate(set, d.baselineFlows()),
                        "PUBLISHED", null));
            } catch (ValidationException refused) {
                // an imported declaration the plausibility checks refuse gets no result rather than stopping the start
                LOG.warn("Published submission {} keeps no footprint result: its declaration is refused ({})", id,
                        refused.fieldErrors());
            }
        }
    }
}
