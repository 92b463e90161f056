package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.internal.FactorSetRepository;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factor sets and the public calculator. Anyone may read every factor set and calculate: the
 * method is meant to be checked by suppliers, agencies and the public alike.
 */
@Service
public class FootprintService {

    private final FactorSetRepository factorSets;

    FootprintService(FactorSetRepository factorSets) {
        this.factorSets = factorSets;
    }

    @Transactional(readOnly = true)
    public List<FactorSetSummary> factorSets() {
        return factorSets.list();
    }

    @Transactional(readOnly = true)
    public FactorSet factorSet(String id) {
        return factorSets.find(id).orElseThrow(() -> new NotFoundException("Factor set " + id));
    }

    @Transactional(readOnly = true)
    public FactorSet defaultFactorSet() {
        return factorSets.defaultId().flatMap(factorSets::find)
                .orElseThrow(() -> new IllegalStateException("No default factor set"));
    }

    /** The footprint of the flows under the named factor set, or the default one when none is named. */
    @Transactional(readOnly = true)
    public FootprintResult calculate(String factorSetId, List<Flow> flows) {
        FactorSet set;
        if (factorSetId == null || factorSetId.isBlank()) {
            set = defaultFactorSet();
        } else {
            set = factorSets.find(factorSetId)
                    .orElseThrow(() -> ValidationException.of("factorSet", "validation.footprint.unknown-factor-set"));
        }
        return FootprintCalculator.calculate(set, flows);
    }
}
