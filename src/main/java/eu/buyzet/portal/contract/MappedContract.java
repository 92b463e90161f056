package eu.buyzet.portal.contract;

import eu.buyzet.portal.footprint.calculator.CvdScope;
import eu.buyzet.portal.footprint.calculator.CvdShares;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract an agency has mapped, with its footprint as computed when it was last saved.
 *
 * @param trips trips a year over the flows that declare trips; null when none does
 * @param needId the need created from this contract, if any
 * @param transportCategory its BuyZET group
 * @param estimate how its flows were estimated from its spend; null when they were declared
 * @param awardDate when it was awarded, which decides the directive's reference period; null when not given
 */
public record MappedContract(ContractId id, OrganisationId organisationId, String organisationName, String title,
                             @Nullable String reference, List<CpvCode> cpvCodes, String supplierName,
                             @Nullable BigDecimal annualValue, String currency, @Nullable LocalDate endDate,
                             List<Flow> flows, @Nullable FootprintResult result, @Nullable Double trips,
                             @Nullable SubmissionId needId, String updatedByName, Instant updatedAt, int version,
                             TransportCategory transportCategory, @Nullable SpendEstimate estimate,
                             @Nullable LocalDate awardDate) {
    public MappedContract {
        cpvCodes = List.copyOf(cpvCodes);
        flows = List.copyOf(flows);
    }

    /** A contract without an award date. */
    public MappedContract(ContractId id, OrganisationId organisationId, String organisationName, String title,
                          @Nullable String reference, List<CpvCode> cpvCodes, String supplierName,
                          @Nullable BigDecimal annualValue, String currency, @Nullable LocalDate endDate,
                          List<Flow> flows, @Nullable FootprintResult result, @Nullable Double trips,
                          @Nullable SubmissionId needId, String updatedByName, Instant updatedAt, int version,
                          TransportCategory transportCategory, @Nullable SpendEstimate estimate) {
        this(id, organisationId, organisationName, title, reference, cpvCodes, supplierName, annualValue, currency,
                endDate, flows, result, trips, needId, updatedByName, updatedAt, version, transportCategory, estimate,
                null);
    }

    /** A contract with declared flows, in the category proposed from its main CPV code. */
    public MappedContract(ContractId id, OrganisationId organisationId, String organisationName, String title,
                          @Nullable String reference, List<CpvCode> cpvCodes, String supplierName,
                          @Nullable BigDecimal annualValue, String currency, @Nullable LocalDate endDate,
                          List<Flow> flows, @Nullable FootprintResult result, @Nullable Double trips,
                          @Nullable SubmissionId needId, String updatedByName, Instant updatedAt, int version) {
        this(id, organisationId, organisationName, title, reference, cpvCodes, supplierName, annualValue, currency,
                endDate, flows, result, trips, needId, updatedByName, updatedAt, version,
                TransportCategory.proposeFor(cpvCodes.stream().map(CpvCode::value).toList()), null, null);
    }

    /** Whether its figures are estimated from spend rather than declared. */
    public boolean estimated() {
        return estimate != null;
    }

    public CpvCode mainCpv() {
        return cpvCodes.getFirst();
    }

    /** Whether the Clean Vehicles Directive covers the contract by its CPV codes (Annex, Table 1). */
    public boolean inCvdScope() {
        return CvdScope.inScope(cpvCodes);
    }

    /**
     * The directive's clean and zero-emission shares of the contract's vehicles, from its stored
     * result; null when there is none or it no longer matches the flows one for one.
     */
    public @Nullable CvdShares cvdShares() {
        return result == null || result.flows().size() != flows.size() ? null : CvdShares.of(flows, result.flows());
    }

    public ContractDetails details() {
        // an estimate is not typed in: saving again without flows estimates again from the spend
        return new ContractDetails(title, reference, cpvCodes.stream().map(CpvCode::value).toList(), supplierName,
                annualValue, currency, endDate, estimate == null ? flows : List.of(), transportCategory,
                estimate != null, awardDate);
    }
}
