package eu.buyzet.portal.contract;

import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the contract ranking: place 1 causes the most of the chosen measure. */
public record RankedContract(int rank, ContractId id, OrganisationId organisationId, String organisationName,
                             String title, CpvCode mainCpv, String supplierName, @Nullable BigDecimal annualValue,
                             String currency, @Nullable LocalDate endDate, ContractFigures figures, String factorSetId) {
}
