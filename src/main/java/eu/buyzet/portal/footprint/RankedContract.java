package eu.buyzet.portal.footprint;

import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the contract ranking: place 1 causes the most of the chosen measure. */
public record RankedContract(int rank, ContractId id, OrganisationId organisationId, String organisationName,
                             String title, CpvCode mainCpv, String supplierName, BigDecimal annualValue, String currency,
                             LocalDate endDate, ContractFigures figures, String factorSetId) {
}
