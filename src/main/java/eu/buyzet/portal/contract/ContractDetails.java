package eu.buyzet.portal.contract;

import eu.buyzet.portal.footprint.calculator.Flow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An existing contract as an agency enters it: CPV codes as typed (the first is the main one, by
 * which the ranking groups), who delivers it, what it costs a year, when it ends, and the
 * transport it causes. The service validates.
 *
 * @param reference the agency's own contract number, optional
 * @param currency ISO 4217 code; NOK when absent
 * @param transportCategory the BuyZET group it belongs to; required
 * @param estimateFromSpend when there are no flows: estimate them from the yearly spend (decision 033);
 *     real flows, when given, replace any estimate
 * @param awardDate when the contract was awarded: the Clean Vehicles Directive's classes and targets go
 *     by it (decision 036, 040); optional
 */
public record ContractDetails(String title, @Nullable String reference, List<String> cpvCodes, String supplierName,
                              @Nullable BigDecimal annualValue, @Nullable String currency, @Nullable LocalDate endDate,
                              List<Flow> flows, @Nullable TransportCategory transportCategory,
                              boolean estimateFromSpend, @Nullable LocalDate awardDate) {
    public ContractDetails {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        flows = flows == null ? List.of() : List.copyOf(flows);
    }

    /** Details without an award date. */
    public ContractDetails(String title, @Nullable String reference, List<String> cpvCodes, String supplierName,
                           @Nullable BigDecimal annualValue, @Nullable String currency, @Nullable LocalDate endDate,
                           List<Flow> flows, @Nullable TransportCategory transportCategory,
                           boolean estimateFromSpend) {
        this(title, reference, cpvCodes, supplierName, annualValue, currency, endDate, flows, transportCategory,
                estimateFromSpend, null);
    }

    /** Declared flows, in the category proposed from the main CPV code. */
    public ContractDetails(String title, @Nullable String reference, List<String> cpvCodes, String supplierName,
                           @Nullable BigDecimal annualValue, @Nullable String currency, @Nullable LocalDate endDate,
                           List<Flow> flows) {
        this(title, reference, cpvCodes, supplierName, annualValue, currency, endDate, flows,
                TransportCategory.proposeFor(cpvCodes == null ? List.of() : cpvCodes), false);
    }
}
