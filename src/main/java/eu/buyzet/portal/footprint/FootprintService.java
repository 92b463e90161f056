package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.internal.FactorSetRepository;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.audit.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factor sets and the public calculator. Anyone may read every factor set and calculate: the
 * method is meant to be checked by suppliers, agencies and the public alike.
 */
@Service
public class FootprintService {

    private final FactorSetRepository factorSets;
    private final AuditTrail audit;

    FootprintService(FactorSetRepository factorSets, AuditTrail audit) {
        this.factorSets = factorSets;
        this.audit = audit;
    }

    /** What importing this CSV would give: the figures, or every problem with its line. */
    @PreAuthorize("hasRole('ADMIN')")
    public FactorSetCsv.Parsed previewImport(String csv) {
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(csv);
        FactorSet set = parsed.set();
        if (parsed.ok() && set != null && factorSets.exists(set.id(), set.name(), set.version())) {
            return new FactorSetCsv.Parsed(null, List.of(new FactorSetCsv.Problem(0, 0, "factor-sets.problem.exists",
                    List.of(set.name(), set.version()))), parsed.figures());
        }
        return parsed;
    }

    /** Imports a new factor set; it does not become the default until an admin says so. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public FactorSet importFactorSet(String csv) {
        FactorSetCsv.Parsed parsed = previewImport(csv);
        if (!parsed.ok()) {
            throw ValidationException.of("csv", "validation.footprint.import-problems");
        }
        FactorSet set = Objects.requireNonNull(parsed.set(), "a parse without problems has a set");
        factorSets.insert(set);
        audit.record("factor-set.imported", "factor-set", set.id(),
                Map.of("name", set.name(), "version", set.version(), "figures", parsed.figures()));
        return factorSet(set.id());
    }

    /** New calculations and publications use it; results already stored keep their own set. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void makeDefault(String id) {
        String before = defaultFactorSet().id();
        factorSet(id);
        factorSets.makeDefault(id);
        audit.record("factor-set.made-default", "factor-set", id, Map.of("before", before, "after", id));
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
    public FootprintResult calculate(@Nullable String factorSetId, @Nullable List<? extends @Nullable Flow> flows) {
        return calculate(factorSetId, flows, null);
    }

    /**
     * As {@link #calculate(String, List)}, with the Clean Vehicles Directive class under the rules in
     * force on the contract's award date; the rules from 1 January 2026 when no date is given.
     */
    @Transactional(readOnly = true)
    public FootprintResult calculate(@Nullable String factorSetId, @Nullable List<? extends @Nullable Flow> flows,
                                     @Nullable LocalDate awardDate) {
        CvdClass.awardYears().require(awardDate, "awardDate");
        FactorSet set;
        if (factorSetId == null || factorSetId.isBlank()) {
            set = defaultFactorSet();
        } else {
            set = factorSets.find(factorSetId)
                    .orElseThrow(() -> ValidationException.of("factorSet", "validation.footprint.unknown-factor-set"));
        }
        return FootprintCalculator.calculate(set, flows, awardDate == null ? CvdClass.SECOND_PERIOD : awardDate);
    }
}
