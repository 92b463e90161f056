package eu.buyzet.portal.contract;

import eu.buyzet.portal.shared.YearSpan;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What {@link ContractService} saves: typed contract details checked, every fault named by its
 * field at once, and the footprint computed from the declared flows or, when there are none and
 * the agency asked for it, from the estimate from spend.
 */
@Component
class ContractChecks {

    static final int MAX_TITLE = 200;
    static final int MAX_REFERENCE = 100;
    static final int MAX_SUPPLIER = 200;
    static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");
    /** Framework agreements and concessions run for decades, not centuries; from this year, each time asked. */
    static YearSpan endYears() {
        return YearSpan.until(1990, 50);
    }

    private final FootprintService footprints;
    private final SpendEstimates estimates;

    ContractChecks(FootprintService footprints, SpendEstimates estimates) {
        this.footprints = footprints;
        this.estimates = estimates;
    }

    /**
     * A contract ready to save: {@code details} carries the flows computed (the estimate's one
     * flow when estimated), {@code estimate} is null when the flows were declared.
     */
    record Checked(ContractDetails details, List<CpvCode> cpv, FootprintResult result,
                   @Nullable SpendEstimate estimate) {
    }

    Checked check(ContractDetails d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(d.title());
        String reference = strip(d.reference());
        String supplier = strip(d.supplierName());
        String currency = d.currency() == null || d.currency().isBlank() ? "NOK"
                : d.currency().strip().toUpperCase(Locale.ROOT);
        required(title, MAX_TITLE, "title", errors);
        if (reference.length() > MAX_REFERENCE) {
            errors.put("reference", "validation.too-long");
        }
        required(supplier, MAX_SUPPLIER, "supplierName", errors);
        List<CpvCode> cpv = CpvCode.parseAll(d.cpvCodes(), errors, "cpvCodes");
        if (cpv.isEmpty() && !errors.containsKey("cpvCodes")) {
            errors.put("cpvCodes", "validation.required");
        }
        if (d.annualValue() != null && (d.annualValue().signum() < 0 || d.annualValue().compareTo(MAX_VALUE) > 0)) {
            errors.put("annualValue", "validation.contract.annual-value");
        }
        if (!isCurrency(currency)) {
            errors.put("currency", "validation.contract.currency");
        }
        if (d.transportCategory() == null) {
            errors.put("transportCategory", "validation.required");
        }
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        CvdClass.awardYears().check(d.awardDate(), "awardDate", errors, arguments);
        endYears().check(d.endDate(), "endDate", errors, arguments);
        if (d.awardDate() != null && d.endDate() != null && d.endDate().isBefore(d.awardDate())
                && !errors.containsKey("endDate")) {
            errors.put("endDate", "validation.contract.end-before-award");
        }
        List<Flow> flows = d.flows();
        @Nullable SpendEstimate estimate = null;
        boolean estimating = flows.isEmpty() && d.estimateFromSpend();
        if (estimating && !cpv.isEmpty() && !errors.containsKey("annualValue") && !errors.containsKey("currency")) {
            Optional<SpendEstimate> e = estimates.estimate(cpv.getFirst(), d.annualValue(), currency, errors);
            if (e.isPresent()) {
                estimate = e.get();
                flows = List.of(estimate.flow());
            }
        }
        @Nullable FootprintResult result = null;
        if (!estimating || estimate != null) {
            // without a date to judge it by, the directive's classes are left to the next try
            try {
                result = calculate(footprints.defaultFactorSet(), flows,
                        errors.containsKey("awardDate") ? null : d.awardDate());
            } catch (ValidationException e) {
                errors.putAll(e.fieldErrors());
                arguments.putAll(e.arguments());
            }
        } else if (!errors.containsKey("annualValue") && !errors.containsKey("cpvCodes")
                && !errors.containsKey("currency")) {
            errors.put("annualValue", "validation.contract.estimate-needs-value");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, arguments);
        }
        return new Checked(new ContractDetails(title, reference.isEmpty() ? null : reference, d.cpvCodes(), supplier,
                d.annualValue(), currency, d.endDate(), flows, d.transportCategory(), estimate != null, d.awardDate()), cpv,
                Objects.requireNonNull(result, "a failed calculation is refused above"), estimate);
    }

    /**
     * The contract's figures, with the directive's classes as at its award date; without one, the
     * rules of the second reference period, as for any calculation (decision 036).
     */
    static FootprintResult calculate(FactorSet set, List<Flow> flows, @Nullable LocalDate awardDate) {
        return FootprintCalculator.calculate(set, flows, awardDate == null ? CvdClass.SECOND_PERIOD : awardDate);
    }

    /** Trips a year where the flows say; distance given as vehicle-km has no trips. */
    static @Nullable Double trips(List<Flow> flows) {
        return flows.stream().anyMatch(f -> f.tripsPerYear() != null)
                ? flows.stream().filter(f -> f.tripsPerYear() != null).mapToDouble(Flow::tripsPerYear).sum()
                : null;
    }

    static String currencyOrNok(@Nullable String currency) {
        return currency == null || currency.isBlank() ? "NOK" : currency.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void required(String value, int max, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, "validation.required");
        } else if (value.length() > max) {
            errors.put(field, "validation.too-long");
        }
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
