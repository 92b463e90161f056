package eu.buyzet.portal.contract;

import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the contract ranking: place 1 causes the most of the chosen measure.
 *
 * @param estimated whether its figures are estimated from spend rather than declared (decision 033)
 */
public record RankedContract(int rank, ContractId id, OrganisationId organisationId, String organisationName,
                             String title, CpvCode mainCpv, String supplierName, @Nullable BigDecimal annualValue,
                             String currency, @Nullable LocalDate endDate, ContractFigures figures, String factorSetId,
                             TransportCategory transportCategory, boolean estimated) {

    /** A line with declared figures, in the category proposed from its main CPV code. */
    public RankedContract(int rank, ContractId id, OrganisationId organisationId, String organisationName,
                          String title, CpvCode mainCpv, String supplierName, @Nullable BigDecimal annualValue,
                          String currency, @Nullable LocalDate endDate, ContractFigures figures, String factorSetId) {
        this(rank, id, organisationId, organisationName, title, mainCpv, supplierName, annualValue, currency, endDate,
                figures, factorSetId, TransportCategory.proposeFor(java.util.List.of(mainCpv.value())), false);
    }
}
